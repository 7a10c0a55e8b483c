package org.mallcrm.domain.money;

/** Exact parsing and formatting of fixed-scale decimals held as long, without floating point. */
public final class Decimals {

    private Decimals() {
    }

    /**
     * Parses a plain decimal ("45.5", "-3", "180.00") to a long scaled by 10^scale: ASCII digits, optionally a '.'
     * followed by one to {@code scale} digits, optionally a leading '-' (a caller that takes no negative refuses it
     * itself). Surrounding blanks are read past, as for every value at the edges; nothing else is taken: no '+', no
     * '.' without a digit on both sides ("100.", ".5"), no exponent, grouping or other digits than 0-9, and no more
     * decimals than {@code scale}, not even zeros.
     *
     * @param what named in the error message ("amount", "area" …), with the value as given and the reason
     * @throws IllegalArgumentException for anything else: empty, exponent, grouping, too many decimals, overflow
     */
    public static long parseScaled(String text, int scale, String what) {
        if (text == null) {
            throw new IllegalArgumentException(what + " is missing");
        }
        String s = text.strip();
        if (s.isEmpty()) {
            throw new IllegalArgumentException(what + " is missing");
        }
        String quoted = what + " '" + text + "'";
        boolean negative = s.charAt(0) == '-';
        int i = negative ? 1 : 0;
        if (s.charAt(0) == '+') {
            throw new IllegalArgumentException(quoted + " has a '+' sign; write the number without it");
        }
        long intPart = 0;
        int intDigits = 0;
        int fracDigits = 0;
        long frac = 0;
        boolean dot = false;
        for (; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '.' && !dot) {
                dot = true;
            } else if (c >= '0' && c <= '9') {
                if (dot) {
                    fracDigits++;
                    if (fracDigits <= scale) {
                        frac = frac * 10 + (c - '0');
                    }
                } else {
                    intDigits++;
                    try {
                        intPart = Math.addExact(Math.multiplyExact(intPart, 10L), c - '0');
                    } catch (ArithmeticException e) {
                        throw new IllegalArgumentException(quoted + " is too large", e);
                    }
                }
            } else if (Character.isDigit(c)) {
                throw new IllegalArgumentException(quoted + " is not a number: write its digits as 0-9");
            } else {
                throw new IllegalArgumentException(quoted + " is not a number");
            }
        }
        if (intDigits == 0 && fracDigits == 0) {
            throw new IllegalArgumentException(quoted + " is not a number");
        }
        String sign = negative ? "-" : "";
        if (intDigits == 0) {
            throw new IllegalArgumentException(quoted + " has no digit before the decimal point; write " + sign
                    + "0" + s.substring(i - fracDigits - 1));
        }
        if (dot && fracDigits == 0) {
            throw new IllegalArgumentException(quoted + " has no digit after the decimal point; write " + sign
                    + s.substring(negative ? 1 : 0, s.length() - 1));
        }
        if (fracDigits > scale) {
            throw new IllegalArgumentException(quoted + " has more than " + scale + " decimal places");
        }
        for (int k = fracDigits; k < scale; k++) {
            frac *= 10;
        }
        try {
            long value = Math.addExact(Math.multiplyExact(intPart, pow10(scale)), frac);
            return negative ? -value : value;
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException(quoted + " is too large", e);
        }
    }

    /**
     * Formats a long scaled by 10^scale: {@code format(819000, 2)} is {@code "8190.00"}. The digits are written right
     * to left into one buffer (a hundred thousand amounts of {@code buyers rfm}: the text of each number, a builder and
     * its copy were a tenth of what the command allocated), on the negative side, where {@link Long#MIN_VALUE} fits.
     */
    public static String format(long scaled, int scale) {
        if (scale == 0) {
            return Long.toString(scaled);
        }
        if (scale < 0) {
            throw new IllegalArgumentException("scale " + scale + " is negative");
        }
        long v = scaled > 0 ? -scaled : scaled;
        char[] text = new char[21 + scale];
        int at = text.length;
        for (int k = 0; k < scale; k++) {
            text[--at] = (char) ('0' - v % 10);
            v /= 10;
        }
        text[--at] = '.';
        do {
            text[--at] = (char) ('0' - v % 10);
            v /= 10;
        } while (v != 0);
        if (scaled < 0) {
            text[--at] = '-';
        }
        return new String(text, at, text.length - at);
    }

    public static long pow10(int n) {
        long p = 1;
        for (int k = 0; k < n; k++) {
            p = Math.multiplyExact(p, 10L);
        }
        return p;
    }
}
