package org.mallcrm.adapters.http.common;

import io.helidon.webserver.http.ServerRequest;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Base64;
import java.util.Locale;
import java.util.function.Function;
import org.mallcrm.domain.money.Money;

/**
 * The one reading of path and query parameters, and of the values inside body fields (money, dates, codes): a
 * malformed value is a 400 naming the parameter or field (a path parameter that cannot name a record is a 404),
 * never an exception from a parser.
 */
public final class Params {

    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 1000;
    /** The longest query value read; anything longer is a 400. */
    public static final int MAX_QUERY_TEXT = 200;

    private Params() {
    }

    /** An optional query text, stripped; blank is null; a control character in it is a 400 naming the parameter. */
    public static String text(ServerRequest req, String name) {
        var v = req.query().first(name);
        if (v.isEmpty() || v.get().isBlank()) {
            return null;
        }
        if (v.get().length() > MAX_QUERY_TEXT) {
            throw ApiException.badParameter(name, "is longer than " + MAX_QUERY_TEXT + " characters");
        }
        String text = v.get().strip();
        for (int i = 0; i < text.length(); i++) {
            if (Character.isISOControl(text.charAt(i))) {
                throw ApiException.badParameter(name, String.format("contains a control character (U+%04X)",
                        (int) text.charAt(i)));
            }
        }
        return text;
    }

    /**
     * An optional query value read by its type ({@code StaffId::of}); blank is null. A value the type refuses is a
     * 400 naming the parameter with the type's own reason (a filter that cannot name anything is the caller's
     * mistake, not a server error).
     */
    public static <T> T value(ServerRequest req, String name, Function<String, T> parse) {
        String text = text(req, name);
        if (text == null) {
            return null;
        }
        try {
            return parse.apply(text);
        } catch (IllegalArgumentException e) {
            String why = e.getMessage();
            throw ApiException.badParameter(name, why == null || why.isBlank() || Problems.looksInternal(why)
                    ? "is not a valid value" : why);
        }
    }

    /** An optional {@code ?name=YYYY-MM-DD}. */
    public static LocalDate date(ServerRequest req, String name) {
        return Dates.parse(name, text(req, name), false);
    }

    /** A required {@code ?name=YYYY-MM-DD}. */
    public static LocalDate requiredDate(ServerRequest req, String name) {
        return Dates.parse(name, text(req, name), true);
    }

    /** A money field ({@code "100.50"}: a string, at most two decimals); blank is null unless required. */
    public static Money money(String field, String value, boolean required) {
        if (value == null || value.isBlank()) {
            if (required) {
                throw ApiException.badParameter(field, "is required");
            }
            return null;
        }
        try {
            return Money.parse(value.strip());
        } catch (IllegalArgumentException | ArithmeticException e) {
            throw ApiException.badParameter(field, "must be an amount in yuan with at most two decimals, e.g. "
                    + "\"100.50\", not " + Problems.quote(value));
        }
    }

    /** A required text field. */
    public static String required(String field, String value) {
        if (value == null || value.isBlank()) {
            throw ApiException.badParameter(field, "is required");
        }
        return value;
    }

    /** An optional whole number between {@code min} and {@code max}. */
    public static Integer whole(ServerRequest req, String name, int min, int max) {
        String v = text(req, name);
        if (v == null) {
            return null;
        }
        String range = "between " + min + " and " + max;
        if (!v.matches("-?\\d{1,9}")) {
            // a whole number too long for any range this API has is out of the range; anything else is no number
            throw ApiException.badParameter(name, (v.matches("-?\\d+") ? "must be " : "must be a whole number ")
                    + range);
        }
        int n = Integer.parseInt(v);
        if (n < min || n > max) {
            throw ApiException.badParameter(name, "must be " + range);
        }
        return n;
    }

    /** An optional enum value (any case); another value is a 400 listing the ones there are. */
    public static <E extends Enum<E>> E enumValue(ServerRequest req, String name, Class<E> type) {
        return enumValue(name, text(req, name), type, false);
    }

    /** An enum value of a body or query field (any case); blank is null unless required. */
    public static <E extends Enum<E>> E enumValue(String field, String value, Class<E> type, boolean required) {
        if (value == null || value.isBlank()) {
            if (required) {
                throw ApiException.badParameter(field, "is required");
            }
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ApiException.badParameter(field, "must be one of " + Arrays.toString(type.getEnumConstants()));
        }
    }

    /** A path parameter naming a record; a value no record can have is simply not found. */
    public static <T> T id(ServerRequest req, String param, String what, Function<String, T> parse) {
        return id(what, req.path().pathParameters().get(param), parse);
    }

    /** A record's identifier (a path parameter or a body field); a malformed one is not found. */
    public static <T> T id(String what, String raw, Function<String, T> parse) {
        try {
            return parse.apply(raw);
        } catch (IllegalArgumentException e) {
            throw ApiException.notFound("no " + what + " " + Problems.quote(raw));
        }
    }

    /** A raw path parameter. */
    public static String path(ServerRequest req, String param) {
        return req.path().pathParameters().get(param);
    }

    /** {@code ?limit=} between 1 and {@link #MAX_LIMIT}, default {@link #DEFAULT_LIMIT}. */
    public static int limit(ServerRequest req) {
        Integer n = whole(req, "limit", 1, MAX_LIMIT);
        return n == null ? DEFAULT_LIMIT : n;
    }

    /** The opaque {@code ?cursor=} decoded, or null; one this API did not give out is a 400. */
    public static String cursor(ServerRequest req) {
        return cursor(req, s -> s);
    }

    /**
     * The {@code ?cursor=} decoded and checked by {@code key} (the key the list is ordered by, e.g.
     * {@code StallNo::of}); null when there is none. A cursor the API did not give out is a 400.
     */
    public static String cursor(ServerRequest req, Function<String, ?> key) {
        String v = req.query().first("cursor").orElse(null);
        if (v == null || v.isBlank()) {
            return null;
        }
        try {
            if (v.length() > 400) {
                throw new IllegalArgumentException("too long");
            }
            String raw = new String(Base64.getUrlDecoder().decode(v.strip()), StandardCharsets.UTF_8);
            if (!raw.startsWith(PREFIX)) {
                throw new IllegalArgumentException("not ours");
            }
            String k = raw.substring(PREFIX.length());
            if (k.isEmpty() || key.apply(k) == null) {
                throw new IllegalArgumentException("names nothing");
            }
            return k;
        } catch (IllegalArgumentException e) {
            throw ApiException.badParameter("cursor", "is not a cursor this API gave out; use the next_cursor of "
                    + "the page before, or leave it out for the first page");
        }
    }

    private static final String PREFIX = "c1:";

    /** A position in a list held in memory, as a cursor key: a whole number from 1 up. */
    public static Integer position(String key) {
        if (!key.matches("\\d{1,9}") || Integer.parseInt(key) < 1) {
            throw new IllegalArgumentException("not a position");
        }
        return Integer.parseInt(key);
    }

    /** The cursor the API gives out for a page that ends at {@code key} (null on the last page). */
    public static String encodeCursor(String key) {
        return key == null ? null : Base64.getUrlEncoder().withoutPadding()
                .encodeToString((PREFIX + key).getBytes(StandardCharsets.UTF_8));
    }
}
