package org.mallcrm.domain.stall;

import java.util.Comparator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** How floors are named and ordered: basements (B2, B1) below, then 1F, 2F … 10F; other names after, by name. */
public final class Floors {

    private static final Pattern ABOVE = Pattern.compile("(\\d+)F", Pattern.CASE_INSENSITIVE);
    private static final Pattern BELOW = Pattern.compile("B(\\d+)", Pattern.CASE_INSENSITIVE);

    /** Lowest first: B2, B1, 1F, 2F, 10F, then names that are neither, alphabetically. */
    public static final Comparator<String> ORDER = Comparator.comparingLong(Floors::level)
            .thenComparing(Comparator.naturalOrder());

    private Floors() {
    }

    /** The floor's level: B1 is -1, 1F is 1; names of neither form sort after every floor. */
    static long level(String floor) {
        Matcher up = ABOVE.matcher(floor);
        if (up.matches()) {
            return Long.parseLong(up.group(1));
        }
        Matcher down = BELOW.matcher(floor);
        if (down.matches()) {
            return -Long.parseLong(down.group(1));
        }
        return Long.MAX_VALUE;
    }
}
