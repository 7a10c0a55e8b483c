package org.mallcrm.adapters.persistence.channel;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * Cut points between two buyer ids, taking ids as numbers in base 128 (they are ASCII) over the length of the
 * longer: for {@code B0000001} … {@code B0362000} the middle is about {@code B0181000}. Comparing as SQLite does
 * (binary) and as {@link String#compareTo} does agree on ASCII, so each cut splits the ids in the same place for both.
 */
final class BuyerRange {

    private BuyerRange() {
    }

    static List<String> cuts(String lowest, String highest, int parts) {
        int width = Math.max(lowest.length(), highest.length());
        BigInteger lo = number(lowest, width);
        BigInteger hi = number(highest, width);
        List<String> cuts = new ArrayList<>();
        String last = lowest;
        for (int p = 1; p < parts; p++) {
            BigInteger at = lo.add(hi.subtract(lo).multiply(BigInteger.valueOf(p)).divide(BigInteger.valueOf(parts)));
            String cut = text(at, width);
            if (cut.compareTo(last) > 0 && cut.compareTo(highest) <= 0) {
                cuts.add(cut);
                last = cut;
            }
        }
        return cuts;
    }

    private static BigInteger number(String id, int width) {
        BigInteger n = BigInteger.ZERO;
        for (int i = 0; i < width; i++) {
            int c = i < id.length() ? Math.min(id.charAt(i), 127) : 0;
            n = n.shiftLeft(7).add(BigInteger.valueOf(c));
        }
        return n;
    }

    private static String text(BigInteger n, int width) {
        char[] cs = new char[width];
        for (int i = width - 1; i >= 0; i--) {
            cs[i] = (char) n.and(BigInteger.valueOf(127)).intValue();
            n = n.shiftRight(7);
        }
        int end = width;
        while (end > 0 && cs[end - 1] == 0) {
            end--;
        }
        for (int i = 0; i < end; i++) {
            if (cs[i] == 0) {
                cs[i] = 1; // a server database takes no NUL in text; a cut a little higher still cuts
            }
        }
        return new String(cs, 0, end);
    }
}
