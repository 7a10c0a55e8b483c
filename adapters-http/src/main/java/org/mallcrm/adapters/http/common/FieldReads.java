package org.mallcrm.adapters.http.common;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Reads the values of one request's fields together: a read that fails with a 400 naming its field is kept and the
 * next field is read on, and {@link #check} then answers one 400 naming every bad field, not only the first one the
 * route happened to read. A field keeps its first reason: one the body's shape gave ({@link Bodies#read(
 * io.helidon.webserver.http.ServerRequest, Class, FieldReads)}: a number where a string goes) is not followed by "is
 * required" when the route then reads the field the shape check left out.
 */
public final class FieldReads {
    private final List<ApiException.FieldError> errors = new ArrayList<>();

    /** The value {@code read} gives, or null when it fails with a 400 (kept for {@link #check}). */
    public <T> T read(Supplier<T> read) {
        try {
            return read.get();
        } catch (ApiException e) {
            if (e.status() != 400) {
                throw e;
            }
            add(e.errors());
            return null;
        }
    }

    /** Keeps these problems for {@link #check}, each for a field not named yet. */
    public void add(List<ApiException.FieldError> problems) {
        for (ApiException.FieldError f : problems) {
            if (errors.stream().noneMatch(known -> known.field().equals(f.field()))) {
                errors.add(f);
            }
        }
    }

    /** A 400 naming every field whose read failed; nothing when all were read. */
    public void check() {
        if (!errors.isEmpty()) {
            throw ApiException.badRequest(errors);
        }
    }
}
