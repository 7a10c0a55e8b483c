package org.mallcrm.adapters.http.web.kit;

/**
 * An entry of the console's sidebar: shown to those its access admits, in {@code order}, under its group's heading.
 *
 * @param key      the entry's name, matched against a page's active key to highlight it
 * @param labelKey the message key of its label
 * @param group    the message key of the group heading
 */
public record MenuEntry(String key, String href, String labelKey, String group, int order, Access access) {
}
