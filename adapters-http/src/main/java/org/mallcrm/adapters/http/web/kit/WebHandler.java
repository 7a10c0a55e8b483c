package org.mallcrm.adapters.http.web.kit;

/** What a page route does once the dispatcher has checked who may call it and the CSRF token. */
@FunctionalInterface
public interface WebHandler {

    void handle(WebExchange exchange);
}
