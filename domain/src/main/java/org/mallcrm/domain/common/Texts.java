package org.mallcrm.domain.common;

/**
 * Checks for texts people type: present, trimmed, not too long, and free of control characters (a NUL or an escape
 * code stored in a name breaks every screen and export that shows it). A name is one line; a note may hold line
 * breaks and tabs.
 */
public final class Texts {

    private Texts() {
    }

    /** A free text (a note, a description, a reason): line breaks and tabs allowed, no other control character. */
    public static String require(String value, String what, int maxLength) {
        String v = present(value, what, maxLength);
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if (Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t') {
                throw new IllegalArgumentException(what + " contains a control character (" + code(c) + ")");
            }
        }
        return v;
    }

    /** {@code null} or blank becomes {@code null}; otherwise as {@link #require}. */
    public static String optional(String value, String what, int maxLength) {
        return value == null || value.isBlank() ? null : require(value, what, maxLength);
    }

    /** A name or a code shown on one line (a merchant's name, a phone, a business type): no control character. */
    public static String requireName(String value, String what, int maxLength) {
        String v = present(value, what, maxLength);
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if (Character.isISOControl(c)) {
                throw new IllegalArgumentException(what + " contains a control character (" + code(c)
                        + "); a name is one line of text");
            }
        }
        return v;
    }

    /** {@code null} or blank becomes {@code null}; otherwise as {@link #requireName}. */
    public static String optionalName(String value, String what, int maxLength) {
        return value == null || value.isBlank() ? null : requireName(value, what, maxLength);
    }

    private static String present(String value, String what, int maxLength) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(what + " is missing");
        }
        String v = value.strip();
        if (v.codePointCount(0, v.length()) > maxLength) {
            throw new IllegalArgumentException(what + " is longer than " + maxLength + " characters");
        }
        return v;
    }

    private static String code(char c) {
        return String.format("U+%04X", (int) c);
    }
}
