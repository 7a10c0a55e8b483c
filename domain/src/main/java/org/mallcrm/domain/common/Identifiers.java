package org.mallcrm.domain.common;

import java.util.regex.Pattern;

/** The one form of the mall's business numbers (stall, merchant, lease, trip numbers …). */
public final class Identifiers {

    private static final Pattern FORM = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,39}");

    private Identifiers() {
    }

    /**
     * Checks and trims a business number: letters, digits, '-', '_' and '.', at most 40, starting with a
     * letter or digit.
     *
     * @param what named in the message, e.g. "stall number"
     */
    public static String require(String value, String what) {
        if (value != null && inForm(value)) {
            return value; // the usual case, checked without the regular expression (buyer ids come by the million)
        }
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(what + " is missing");
        }
        String v = value.strip();
        if (!FORM.matcher(v).matches()) {
            throw new IllegalArgumentException(what + " '" + v
                    + "' must be letters, digits, '-', '_' or '.', at most 40, starting with a letter or digit");
        }
        return v;
    }

    /** The same test as {@link #FORM}, by hand. */
    private static boolean inForm(String v) {
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
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
    }
}
