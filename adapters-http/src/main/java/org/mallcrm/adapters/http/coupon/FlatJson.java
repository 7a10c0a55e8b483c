package org.mallcrm.adapters.http.coupon;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import io.helidon.http.HeaderNames;
import io.helidon.webserver.http.ServerResponse;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;

/**
 * The JSON of a flat record (components of type {@code String}, {@code boolean} or {@code int} only), written
 * byte for byte as {@code Json.mapper()} writes it (snake_case names in declaration order, nulls kept, Jackson's
 * escapes) without Jackson's serializer machinery: the reply of a claim or a redemption, thousands a second.
 * {@code FlatJsonTest} holds it to Jackson's output.
 */
final class FlatJson<R extends Record> {

    private final String[] names;
    private final MethodHandle[] accessors;
    private final Class<?>[] types;

    private FlatJson(String[] names, MethodHandle[] accessors, Class<?>[] types) {
        this.names = names;
        this.accessors = accessors;
        this.types = types;
    }

    static <R extends Record> FlatJson<R> of(Class<R> type) {
        RecordComponent[] cs = type.getRecordComponents();
        String[] names = new String[cs.length];
        MethodHandle[] accessors = new MethodHandle[cs.length];
        Class<?>[] types = new Class<?>[cs.length];
        PropertyNamingStrategies.NamingBase snake = (PropertyNamingStrategies.NamingBase) PropertyNamingStrategies
                .SNAKE_CASE;
        MethodHandles.Lookup lookup = MethodHandles.lookup();
        for (int i = 0; i < cs.length; i++) {
            Class<?> t = cs[i].getType();
            if (t != String.class && t != boolean.class && t != int.class) {
                throw new IllegalArgumentException(type.getSimpleName() + "." + cs[i].getName()
                        + " is neither String, boolean nor int");
            }
            names[i] = "\"" + snake.translate(cs[i].getName()) + "\":";
            try {
                accessors[i] = lookup.unreflect(cs[i].getAccessor());
            } catch (IllegalAccessException e) {
                throw new IllegalArgumentException(type.getSimpleName() + " is not readable here", e);
            }
            types[i] = t;
        }
        return new FlatJson<>(names, accessors, types);
    }

    /** The record as UTF-8 JSON. */
    byte[] bytes(R value) {
        StringBuilder out = new StringBuilder(64 + 40 * names.length);
        out.append('{');
        for (int i = 0; i < names.length; i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(names[i]);
            Object v;
            try {
                v = accessors[i].invoke(value);
            } catch (Throwable e) {
                throw new IllegalStateException("cannot read " + names[i], e);
            }
            if (v == null) {
                out.append("null");
            } else if (types[i] == String.class) {
                string(out, (String) v);
            } else {
                out.append(v);
            }
        }
        out.append('}');
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** Answers {@code status} with the record as JSON. */
    void send(ServerResponse res, int status, R value) {
        byte[] body = bytes(value);
        res.status(status);
        res.header(HeaderNames.CONTENT_TYPE, "application/json");
        res.send(body);
    }

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    /**
     * A JSON string as Jackson writes it: quote and backslash escaped, control characters as \b \t \n \f \r or
     * {@code \}{@code u00XX}, each half of a surrogate pair as {@code \}{@code uXXXX}, everything else (Chinese too)
     * as is.
     */
    static void string(StringBuilder out, String s) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (ch >= 0x20 && ch != '"' && ch != '\\' && !Character.isSurrogate(ch)) {
                out.append(ch);
                continue;
            }
            switch (ch) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\b' -> out.append("\\b");
                case '\t' -> out.append("\\t");
                case '\n' -> out.append("\\n");
                case '\f' -> out.append("\\f");
                case '\r' -> out.append("\\r");
                default -> out.append("\\u").append(HEX[ch >> 12]).append(HEX[(ch >> 8) & 0xF])
                        .append(HEX[(ch >> 4) & 0xF]).append(HEX[ch & 0xF]);
            }
        }
        out.append('"');
    }
}
