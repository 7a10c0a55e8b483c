package org.mallcrm.domain.common;

/** Checks for free texts (names, notes, descriptions): present, trimmed, not too long. */
public final class Texts {

    private Texts() {
    }

    public static String require(String value, String what, int maxLength) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(what + " is missing");
        }
        String v = value.strip();
        if (v.codePointCount(0, v.length()) > maxLength) {
            throw new IllegalArgumentException(what + " is longer than " + maxLength + " characters");
        }
        return v;
    }

    /** {@code null} or blank becomes {@code null}; otherwise as {@link #require}. */
    public static String optional(String value, String what, int maxLength) {
        return value == null || value.isBlank() ? null : require(value, what, maxLength);
    }
}
