package org.mallcrm.domain.buyer;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Shares of buyers (主营品类占比, 地区分布 …): counts, and percentages with two decimals that sum to exactly 100.00.
 * Each part gets the floor of its exact share in hundredths of a percent; the hundredths left over go one each to
 * the parts with the largest remainders, ties to the larger count, then to the name (in {@link String} order).
 */
public final class Shares {

    /** The key of buyers who have no value for what is counted (no category given, no channel …). */
    public static final String NONE = "";

    private static final long WHOLE = 10_000;

    private Shares() {
    }

    /**
     * @param counts buyers per key (counts of 0 are left out)
     * @return the shares, largest count first (ties by name); empty when there are no buyers
     */
    public static List<Share> of(Map<String, Long> counts) {
        record Part(String key, long count, long floor, long remainder) {
        }
        long total = 0;
        for (Map.Entry<String, Long> e : counts.entrySet()) {
            if (e.getValue() < 0) {
                throw new IllegalArgumentException("negative count for '" + e.getKey() + "'");
            }
            total = Math.addExact(total, e.getValue());
        }
        if (total == 0) {
            return List.of();
        }
        List<Part> parts = new ArrayList<>(counts.size());
        long given = 0;
        for (Map.Entry<String, Long> e : counts.entrySet()) {
            long n = e.getValue();
            if (n == 0) {
                continue;
            }
            long scaled = Math.multiplyExact(n, WHOLE);
            parts.add(new Part(e.getKey(), n, scaled / total, scaled % total));
            given += scaled / total;
        }
        List<Part> byRemainder = new ArrayList<>(parts);
        byRemainder.sort(Comparator.comparingLong(Part::remainder).reversed()
                .thenComparing(Comparator.comparingLong(Part::count).reversed())
                .thenComparing(Part::key));
        Set<String> extra = new HashSet<>();
        for (int i = 0; i < WHOLE - given; i++) {
            extra.add(byRemainder.get(i).key());
        }
        List<Share> shares = new ArrayList<>(parts.size());
        for (Part p : parts) {
            long hundredths = p.floor() + (extra.contains(p.key()) ? 1 : 0);
            shares.add(new Share(p.key(), p.count(), BigDecimal.valueOf(hundredths, 2)));
        }
        shares.sort(Comparator.comparingLong(Share::buyers).reversed().thenComparing(Share::key));
        return shares;
    }
}
