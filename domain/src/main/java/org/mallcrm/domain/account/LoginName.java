package org.mallcrm.domain.account;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The name a person signs in with (登录名): 2 to 64 letters, digits, {@code . _ - @}, compared without regard to
 * case (kept in lower case). Unique across the database, so that a sign-in finds its account, and so its mall,
 * from the name alone.
 */
public record LoginName(String value) implements Comparable<LoginName> {

    private static final Pattern SHAPE = Pattern.compile("[a-z0-9][a-z0-9._@-]{1,63}");

    public LoginName {
        if (value == null || !SHAPE.matcher(value).matches()) {
            throw new IllegalArgumentException("a login is 2 to 64 letters, digits or . _ - @, starting with a "
                    + "letter or digit: '" + value + "'");
        }
    }

    /** The login as typed: trimmed and lower-cased. */
    public static LoginName of(String text) {
        return new LoginName(text == null ? null : text.strip().toLowerCase(Locale.ROOT));
    }

    @Override
    public int compareTo(LoginName o) {
        return value.compareTo(o.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
