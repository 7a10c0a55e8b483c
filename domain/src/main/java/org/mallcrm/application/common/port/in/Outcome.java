package org.mallcrm.application.common.port.in;

import java.util.List;

/**
 * What a use case that can fail for the caller's reasons returns: done with a value, bad input (every field at
 * fault, nothing written), refused by a business rule (the reason), or a record that does not exist. Adapters map
 * these to exit codes 0 / 65 / 1 / 1 and HTTP 200 / 400 / 409 / 404.
 */
public sealed interface Outcome<T> permits Outcome.Done, Outcome.Invalid, Outcome.Refused, Outcome.NotFound {

    record Done<T>(T value) implements Outcome<T> {
    }

    /** Bad input; {@code line} of each error is 0 unless the input had lines. */
    record Invalid<T>(List<RowError> errors) implements Outcome<T> {
        public Invalid {
            errors = List.copyOf(errors);
        }
    }

    /**
     * Refused by a business rule: {@code reason} says why in words, {@code code} is a stable lower-case code for
     * machines ({@code refused} unless the use case names one, e.g. {@code stall-taken}).
     */
    record Refused<T>(String reason, String code) implements Outcome<T> {
        public Refused {
            if (code == null || !code.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
                throw new IllegalArgumentException("a refusal code is lower-case words joined by '-': " + code);
            }
        }

        public Refused(String reason) {
            this(reason, GENERIC_REFUSAL);
        }
    }

    record NotFound<T>(String what) implements Outcome<T> {
    }

    /** The code of a refusal that names none. */
    String GENERIC_REFUSAL = "refused";

    /** Whether the use case did what was asked; anything else rolls its unit of work back. */
    default boolean isDone() {
        return this instanceof Done<T>;
    }

    static <T> Outcome<T> done(T value) {
        return new Done<>(value);
    }

    static <T> Outcome<T> refused(String reason) {
        return new Refused<>(reason);
    }

    static <T> Outcome<T> refused(String code, String reason) {
        return new Refused<>(reason, code);
    }

    static <T> Outcome<T> notFound(String what) {
        return new NotFound<>(what);
    }

    static <T> Outcome<T> invalid(String field, String value, String reason) {
        return new Invalid<>(List.of(new RowError(0, field, value == null ? "" : value, reason)));
    }

    /** The same failure for another value type (a Done cannot be recast). */
    @SuppressWarnings("unchecked")
    default <U> Outcome<U> recast() {
        if (this instanceof Done<T>) {
            throw new IllegalStateException("a done outcome has a value of its own type");
        }
        return (Outcome<U>) this;
    }
}
