package org.mallcrm.domain.settings;

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
}
