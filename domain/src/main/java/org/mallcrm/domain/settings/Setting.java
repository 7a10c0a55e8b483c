package org.mallcrm.domain.settings;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One per-mall setting (参数设置): a dotted key such as {@code lease.advance_days}, the type of its value, the value a
 * new mall starts with, and what it means in Chinese and English. The keys are listed in {@link SettingCatalogue}.
 *
 * @param <T> the type of the value
 */
public final class Setting<T> {

    private static final Pattern KEY = Pattern.compile("[a-z][a-z0-9_]*(\\.[a-z][a-z0-9_]*)+");

    private final String key;
    private final SettingType<T> type;
    private final T defaultValue;
    private final String descriptionZh;
    private final String descriptionEn;

    Setting(String key, SettingType<T> type, T defaultValue, String descriptionZh, String descriptionEn) {
        if (key == null || !KEY.matcher(key).matches()) {
            throw new IllegalArgumentException("a setting key is dotted lower-case words: " + key);
        }
        this.key = key;
        this.type = Objects.requireNonNull(type, "type");
        this.defaultValue = Objects.requireNonNull(defaultValue, "defaultValue");
        this.descriptionZh = Objects.requireNonNull(descriptionZh, "descriptionZh");
        this.descriptionEn = Objects.requireNonNull(descriptionEn, "descriptionEn");
        // the default must be a value of the type, written canonically
        if (!type.parse(type.format(defaultValue)).equals(defaultValue)) {
            throw new IllegalArgumentException("the default of " + key + " does not read back equal");
        }
    }

    public String key() {
        return key;
    }

    public SettingType<T> type() {
        return type;
    }

    public T defaultValue() {
        return defaultValue;
    }

    /** The default as its canonical text. */
    public String defaultText() {
        return type.format(defaultValue);
    }

    public String descriptionZh() {
        return descriptionZh;
    }

    public String descriptionEn() {
        return descriptionEn;
    }

    /** A value from its text; an {@link IllegalArgumentException} whose message is the reason when it is not one. */
    public T parse(String text) {
        return type.parse(text);
    }

    public String format(T value) {
        return type.format(value);
    }

    /** The canonical text of a value given as text (e.g. {@code ON} → {@code true}). */
    public String canonical(String text) {
        return type.format(type.parse(text));
    }

    @Override
    public String toString() {
        return key;
    }
}
