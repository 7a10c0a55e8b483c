package org.mallcrm.domain.settings;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * How the value of a setting is written and checked. {@link #parse} refuses a bad text with an
 * {@link IllegalArgumentException} whose message is the reason (it is shown to the person who typed it);
 * {@link #format} gives the one canonical text a value is stored and shown as, which parses back equal.
 */
public interface SettingType<T> {

    T parse(String text);

    String format(T value);

    /** What values it takes, for people: {@code integer 0–366}, {@code ANCHORED | CALENDAR}, {@code true | false} … */
    String describe();

    /**
     * What values it takes for a label in a person's language: a stable code of the kind of value
     * ({@code integer}, {@code money}, {@code choice} …) and what fills the label in (the bounds, the choices).
     */
    Kind kind();

    /** A kind of value: {@code code} is stable (machines and message keys), {@code args} fill in its label. */
    record Kind(String code, List<String> args) {
        public Kind {
            Objects.requireNonNull(code, "code");
            args = List.copyOf(args);
        }

        public static Kind of(String code, Object... args) {
            return new Kind(code, Arrays.stream(args).map(String::valueOf).toList());
        }
    }
}
