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
            refuseReordering(c, what);
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
            refuseReordering(c, what);
        }
        return v;
    }

    /** {@code null} or blank becomes {@code null}; otherwise as {@link #requireName}. */
    public static String optionalName(String value, String what, int maxLength) {
        return value == null || value.isBlank() ? null : requireName(value, what, maxLength);
    }

    /**
     * Refuses a character that changes the order in which the text around it is shown: the bidirectional embeddings,
     * overrides and isolates (U+202A–U+202E, U+2066–U+2069). After a U+202E the rest of a name is shown reversed, in
     * every list, page and export that prints it, so that one name can pass for another; no name or note a person
     * types needs one.
     */
    public static void refuseReordering(char c, String what) {
        if ((c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069')) {
            throw new IllegalArgumentException(what + " contains a character that reorders the text on screen ("
                    + code(c) + ")");
        }
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
