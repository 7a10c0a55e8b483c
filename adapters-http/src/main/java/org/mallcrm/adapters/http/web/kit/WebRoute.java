package org.mallcrm.adapters.http.web.kit;

import io.helidon.http.Method;
import java.util.Objects;

/** One row of the web pages' route table: method, path pattern (Helidon's, e.g. {@code /floors/{floor}}), who. */
public record WebRoute(Method method, String path, Access access, WebHandler handler) {

    public WebRoute {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(access, "access");
        Objects.requireNonNull(handler, "handler");
    }

    public static WebRoute get(String path, Access access, WebHandler handler) {
        return new WebRoute(Method.GET, path, access, handler);
    }

    public static WebRoute post(String path, Access access, WebHandler handler) {
        return new WebRoute(Method.POST, path, access, handler);
    }

    /** Whether the route changes something (and so needs the CSRF token). */
    public boolean isUnsafe() {
        return !(method.equals(Method.GET) || method.equals(Method.HEAD) || method.equals(Method.OPTIONS));
    }
}
