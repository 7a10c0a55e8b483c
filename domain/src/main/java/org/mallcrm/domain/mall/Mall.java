package org.mallcrm.domain.mall;

import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One mall (批发商城) of the group (集团) a database holds. Every record belongs to one mall; numbers (stall, merchant,
 * lease …) are unique within it, not across malls.
 *
 * @param code      the short code commands and tokens name it by ({@code --mall DM}): letters, digits, {@code -} and
 *                  {@code _}, at most 32, kept in upper case
 * @param name      what people call it, e.g. 东贸批发商城
 * @param createdAt when it was added to the database
 */
public record Mall(String code, String name, Instant createdAt) {

    private static final Pattern CODE = Pattern.compile("[A-Z0-9][A-Z0-9_-]{0,31}");

    public Mall {
        code = normalizeCode(code);
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a mall needs a name");
        }
        name = name.strip();
        if (name.length() > 100) {
            throw new IllegalArgumentException("a mall's name has at most 100 characters");
        }
        Objects.requireNonNull(createdAt, "createdAt");
    }

    /**
     * A mall code as stored: upper case.
     *
     * @throws IllegalArgumentException when it is not letters, digits, '-' and '_' (at most 32, starting with a letter
     *                                  or digit)
     */
    public static String normalizeCode(String code) {
        String c = code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
        if (!CODE.matcher(c).matches()) {
            throw new IllegalArgumentException("a mall code is 1 to 32 letters, digits, '-' or '_', starting with a "
                    + "letter or digit: '" + (code == null ? "" : code) + "'");
        }
        return c;
    }
}
