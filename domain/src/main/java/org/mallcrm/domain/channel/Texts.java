package org.mallcrm.domain.channel;

import org.mallcrm.domain.common.Identifiers;

/** Checks for the free texts and ids of this package. */
final class Texts {

    private Texts() {
    }

    /** Stripped, non-blank, at most {@code max} characters, no control characters, nothing that reorders it. */
    static String require(String value, String what, int max) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(what + " is missing");
        }
        String v = value.strip();
        if (v.length() > max) {
            throw new IllegalArgumentException(what + " '" + v + "' is longer than " + max + " characters");
        }
        for (int i = 0; i < v.length(); i++) {
            if (Character.isISOControl(v.charAt(i))) {
                throw new IllegalArgumentException(what + " '" + v + "' contains a control character");
            }
            org.mallcrm.domain.common.Texts.refuseReordering(v.charAt(i), what);
        }
        return v;
    }

    /**
     * The business-number form of {@link Identifiers#require}, checked without a regular expression first
     * (scan ids are made by the million); anything the fast check does not accept goes to the shared check.
     */
    static String requireIdentifier(String value, String what) {
        if (value != null && fastForm(value)) {
            return value;
        }
        return Identifiers.require(value, what);
    }

    private static boolean fastForm(String v) {
        int n = v.length();
        if (n == 0 || n > 40 || !alnum(v.charAt(0))) {
            return false;
        }
        for (int i = 1; i < n; i++) {
            char c = v.charAt(i);
            if (!alnum(c) && c != '.' && c != '_' && c != '-') {
                return false;
            }
        }
        return true;
    }

    private static boolean alnum(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }
}
