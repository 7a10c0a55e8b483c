package org.mallcrm.adapters.http.web.kit;

import java.util.List;

/**
 * A page (or a few pages about one thing) of the console or the apps: its routes with who may call each, and its
 * sidebar entries. Adding a page is a class implementing this, its view records, its templates, its messages, and
 * one line in {@code WebConsole}'s list of pages.
 */
public interface WebPage {

    List<WebRoute> routes();

    default List<MenuEntry> menu() {
        return List.of();
    }
}
