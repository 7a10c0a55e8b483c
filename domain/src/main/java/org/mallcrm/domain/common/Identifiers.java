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
}
