package org.mallcrm.domain.common;

/** The one form of the mall's business numbers (stall, merchant, lease, trip numbers …). */
public final class Identifiers {

    /** The longest business number. */
    static final int MAX_LENGTH = 40;

    private Identifiers() {
    }

    /**
     * Checks and trims a business number: letters, digits, '-', '_' and '.', at most 40, starting with a
     * letter or digit.
     *
     * @param what named in the message, e.g. "stall number"
     */
    public static String require(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(what + " is missing");
        }
        String v = value.strip();
        if (!wellFormed(v)) {
            throw new IllegalArgumentException(what + " '" + v
                    + "' must be letters, digits, '-', '_' or '.', at most 40, starting with a letter or digit");
        }
        return v;
    }

    /**
     * {@code [A-Za-z0-9][A-Za-z0-9._-]{0,39}}, checked char by char: every buyer id of a hundred thousand read for RFM
     * passes here, and a regular expression's matcher per id cost more than reading the row.
     */
    static boolean wellFormed(String v) {
        int n = v.length();
        if (n == 0 || n > MAX_LENGTH || !letterOrDigit(v.charAt(0))) {
            return false;
        }
        for (int i = 1; i < n; i++) {
            char c = v.charAt(i);
            if (!letterOrDigit(c) && c != '.' && c != '_' && c != '-') {
                return false;
            }
        }
        return true;
    }

    private static boolean letterOrDigit(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
    }
}
