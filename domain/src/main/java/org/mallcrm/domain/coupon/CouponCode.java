package org.mallcrm.domain.coupon;

/**
 * A coupon's code (券码), shown as a QR code and typed at the till when the QR code will not scan: 13 characters
 * carrying 64 random bits, then a check character, in Crockford's base 32 (digits and capitals without I, L, O,
 * U), e.g. {@code 7WEM-HRHE-J1DQ-H0}. The check character (Luhn mod 32) catches every mistyped character and most
 * swaps of neighbours, so a mistyped or made-up code is told apart without asking the store. Read leniently:
 * lower case, spaces and dashes are fine, and {@code O}, {@code I}, {@code L} are read as {@code 0}, {@code 1},
 * {@code 1}.
 */
public record CouponCode(String value) implements Comparable<CouponCode> {

    static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    private static final int N = 32;
    /** Data characters: 4 bits in the first, 5 in each of the other twelve. */
    static final int DATA = 13;
    public static final int LENGTH = DATA + 1;

    public CouponCode {
        String problem = value == null ? "is missing" : problem(value);
        if (problem != null) {
            throw new IllegalArgumentException("coupon code '" + value + "' " + problem);
        }
    }

    /** The code carrying these 64 random bits. */
    public static CouponCode fromBits(long bits) {
        char[] c = new char[LENGTH];
        c[0] = ALPHABET.charAt((int) (bits >>> 60));
        for (int i = 1; i < DATA; i++) {
            int shift = 60 - 5 * i;
            c[i] = ALPHABET.charAt((int) ((bits >>> shift) & 31));
        }
        c[DATA] = ALPHABET.charAt(checkDigit(new String(c, 0, DATA)));
        return new CouponCode(new String(c));
    }

    /**
     * Reads a code as a person may type it.
     *
     * @throws IllegalArgumentException when it is not a coupon code (wrong length or characters, or the check
     *         character does not match: mistyped)
     */
    public static CouponCode parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("coupon code is missing");
        }
        StringBuilder sb = new StringBuilder(LENGTH);
        for (int i = 0; i < text.length(); i++) {
            char c = Character.toUpperCase(text.charAt(i));
            switch (c) {
                case ' ', '-', '\t' -> {
                }
                case 'O' -> sb.append('0');
                case 'I', 'L' -> sb.append('1');
                default -> sb.append(c);
            }
        }
        String s = sb.toString();
        String problem = problem(s);
        if (problem != null) {
            throw new IllegalArgumentException("coupon code '" + text.strip() + "' " + problem);
        }
        return new CouponCode(s);
    }

    private static String problem(String s) {
        if (s.length() != LENGTH) {
            return "is not a coupon code: a code has " + LENGTH + " characters";
        }
        for (int i = 0; i < s.length(); i++) {
            if (ALPHABET.indexOf(s.charAt(i)) < 0) {
                return "is not a coupon code: '" + s.charAt(i) + "' is not one of its characters";
            }
        }
        if (ALPHABET.indexOf(s.charAt(0)) > 15) {
            return "is not a coupon code";
        }
        if (checkDigit(s.substring(0, DATA)) != ALPHABET.indexOf(s.charAt(DATA))) {
            return "is not a coupon code: the check character does not match (mistyped?)";
        }
        return null;
    }

    /** Luhn mod N over the data characters. */
    static int checkDigit(String data) {
        int factor = 2;
        int sum = 0;
        for (int i = data.length() - 1; i >= 0; i--) {
            int addend = factor * ALPHABET.indexOf(data.charAt(i));
            factor = factor == 2 ? 1 : 2;
            sum += addend / N + addend % N;
        }
        return (N - sum % N) % N;
    }

    /** In groups of four for people: {@code 7WEM-HRHE-J1DQ-H0}. */
    public String grouped() {
        StringBuilder sb = new StringBuilder(LENGTH + 3);
        for (int i = 0; i < value.length(); i++) {
            if (i > 0 && i % 4 == 0) {
                sb.append('-');
            }
            sb.append(value.charAt(i));
        }
        return sb.toString();
    }

    @Override
    public int compareTo(CouponCode o) {
        return value.compareTo(o.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
