package org.mallcrm.domain.request;

/** Checks for the free texts of this context (names, notes): present, trimmed, not too long. */
final class Texts {

    private Texts() {
    }

    static String require(String value, String what, int maxLength) {
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
    static String optional(String value, String what, int maxLength) {
        return value == null || value.isBlank() ? null : require(value, what, maxLength);
    }
}
