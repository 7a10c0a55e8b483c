package org.mallcrm.adapters.http.web.kit;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The fields of a submitted form ({@code application/x-www-form-urlencoded}). */
public final class Form {

    /** Forms are small; a larger body is refused before it is read. */
    public static final int MAX_BYTES = 64 * 1024;
    public static final Form EMPTY = new Form(Map.of());

    private final Map<String, List<String>> fields;

    private Form(Map<String, List<String>> fields) {
        this.fields = fields;
    }

    public static Form parse(String body) {
        Map<String, List<String>> fields = new LinkedHashMap<>();
        if (body != null && !body.isEmpty()) {
            for (String pair : body.split("&")) {
                if (pair.isEmpty()) {
                    continue;
                }
                int eq = pair.indexOf('=');
                String k = decode(eq < 0 ? pair : pair.substring(0, eq));
                String v = eq < 0 ? "" : decode(pair.substring(eq + 1));
                fields.computeIfAbsent(k, x -> new ArrayList<>()).add(v);
            }
        }
        return new Form(fields);
    }

    private static String decode(String s) {
        try {
            return URLDecoder.decode(s, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return "";
        }
    }

    /** The field's first value, trimmed; empty when missing or blank. */
    public Optional<String> get(String name) {
        List<String> v = fields.get(name);
        return v == null || v.isEmpty() ? Optional.empty() : Optional.of(v.get(0).strip()).filter(s -> !s.isEmpty());
    }

    /** Every value of a field sent more than once (checkboxes), trimmed, blanks left out. */
    public List<String> all(String name) {
        List<String> v = fields.get(name);
        return v == null ? List.of() : v.stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /** The field's first value as sent (not trimmed), for passwords. */
    public String raw(String name) {
        List<String> v = fields.get(name);
        return v == null || v.isEmpty() ? "" : v.get(0);
    }
}
