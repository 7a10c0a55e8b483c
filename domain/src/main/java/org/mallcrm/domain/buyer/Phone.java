package org.mallcrm.domain.buyer;

/**
 * A buyer's mobile phone (手机号): a mainland mobile number, 11 digits starting with 1, kept without spaces,
 * dashes or the country code. Unique per mall: the key by which a person is recognised.
 */
public record Phone(String value) implements Comparable<Phone> {

    public Phone {
        if (value == null || !isMobile(value)) {
            throw new IllegalArgumentException("phone '" + value
                    + "' is not a mainland mobile number (11 digits starting with 1)");
        }
    }

    /**
     * Reads a phone as people write it: spaces and dashes are dropped, and a leading {@code +86}, {@code 0086} or
     * {@code 86} (before 11 digits) is taken as the country code: {@code "+86 138-0013-8000"} is
     * {@code 13800138000}.
     *
     * @throws IllegalArgumentException when what is left is not 11 digits starting with 1
     */
    public static Phone parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("phone is missing");
        }
        StringBuilder sb = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ' ' || c == '-' || c == '\u3000' || c == '\t') {
                continue;
            }
            sb.append(c);
        }
        String s = sb.toString();
        if (s.startsWith("+86")) {
            s = s.substring(3);
        } else if (s.startsWith("0086")) {
            s = s.substring(4);
        } else if (s.length() == 13 && s.startsWith("86")) {
            s = s.substring(2);
        }
        if (!isMobile(s)) {
            throw new IllegalArgumentException("phone '" + text.strip()
                    + "' is not a mainland mobile number (11 digits starting with 1)");
        }
        return new Phone(s);
    }

    private static boolean isMobile(String s) {
        if (s.length() != 11 || s.charAt(0) != '1') {
            return false;
        }
        for (int i = 1; i < 11; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    @Override
    public int compareTo(Phone o) {
        return value.compareTo(o.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
