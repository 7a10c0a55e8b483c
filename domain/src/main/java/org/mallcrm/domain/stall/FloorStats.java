package org.mallcrm.domain.stall;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.mallcrm.domain.geometry.Area;
import org.mallcrm.domain.money.Allocation;
import org.mallcrm.domain.money.Decimals;

/**
 * The figures of one floor (楼层经营指标) over its active stalls: how many there are and in which status, the
 * leasable area, the share of it that is leased, and each business type's share of it. Shares are exact
 * basis points (1/100 of a percent): the leased share is rounded HALF_UP, the business types' shares are
 * apportioned by largest remainder so that they add up to exactly 100.00 %.
 *
 * @param floor         the floor, e.g. {@code 2F}
 * @param stalls        how many active stalls it has
 * @param byStatus      how many stalls in each active status (every active status present, zero or not)
 * @param leasableArea  their leasable area
 * @param leasedArea    the leasable area of its {@code LEASED} stalls
 * @param leasedBasisPoints leasedArea ÷ leasableArea in basis points (0 on an empty floor)
 * @param businessTypes one line per business type, by area (largest first), then by name
 */
public record FloorStats(String floor, int stalls, Map<StallStatus, Integer> byStatus, Area leasableArea,
        Area leasedArea, long leasedBasisPoints, List<TypeShare> businessTypes) {

    /** One business type's part of the floor. */
    public record TypeShare(BusinessType businessType, int stalls, Area leasableArea, long basisPoints) {
        public TypeShare {
            Objects.requireNonNull(businessType, "businessType");
            Objects.requireNonNull(leasableArea, "leasableArea");
        }

        /** The share as a percentage with two decimals, e.g. {@code "33.33"}. */
        public String percent() {
            return Decimals.format(basisPoints, 2);
        }
    }

    public FloorStats {
        Objects.requireNonNull(floor, "floor");
        byStatus = Map.copyOf(byStatus);
        Objects.requireNonNull(leasableArea, "leasableArea");
        Objects.requireNonNull(leasedArea, "leasedArea");
        businessTypes = List.copyOf(businessTypes);
    }

    /** The figures of {@code floor} from its stalls; retired stalls and stalls on other floors are left out. */
    public static FloorStats of(String floor, Collection<Stall> stalls) {
        Map<StallStatus, Integer> byStatus = new EnumMap<>(StallStatus.class);
        for (StallStatus s : StallStatus.values()) {
            if (s.isActive()) {
                byStatus.put(s, 0);
            }
        }
        int count = 0;
        long total = 0;
        long leased = 0;
        Map<BusinessType, long[]> perType = new TreeMap<>();
        for (Stall s : stalls) {
            if (!s.isActive() || !s.floor().equals(floor)) {
                continue;
            }
            count++;
            byStatus.merge(s.status(), 1, Integer::sum);
            long a = s.leasableArea().hundredths();
            total = Math.addExact(total, a);
            if (s.status() == StallStatus.LEASED) {
                leased = Math.addExact(leased, a);
            }
            long[] t = perType.computeIfAbsent(s.businessType(), k -> new long[2]);
            t[0]++;
            t[1] = Math.addExact(t[1], a);
        }
        List<BusinessType> types = new ArrayList<>(perType.keySet());
        List<TypeShare> shares = new ArrayList<>(types.size());
        if (!types.isEmpty()) {
            long[] weights = types.stream().mapToLong(t -> perType.get(t)[1]).toArray();
            long[] bp = Allocation.largestRemainder(10_000, weights);
            for (int i = 0; i < types.size(); i++) {
                long[] t = perType.get(types.get(i));
                shares.add(new TypeShare(types.get(i), (int) t[0], Area.ofHundredths(t[1]), bp[i]));
            }
            shares.sort(Comparator.comparing((TypeShare t) -> t.leasableArea()).reversed()
                    .thenComparing(TypeShare::businessType));
        }
        return new FloorStats(floor, count, byStatus, Area.ofHundredths(total), Area.ofHundredths(leased),
                basisPoints(leased, total), shares);
    }

    /** part ÷ whole in basis points, rounded HALF_UP; 0 when the whole is 0. */
    public static long basisPoints(long part, long whole) {
        if (whole == 0) {
            return 0;
        }
        BigInteger[] qr = BigInteger.valueOf(part).multiply(BigInteger.valueOf(10_000))
                .divideAndRemainder(BigInteger.valueOf(whole));
        long bp = qr[0].longValueExact();
        if (qr[1].shiftLeft(1).compareTo(BigInteger.valueOf(whole)) >= 0) {
            bp++;
        }
        return bp;
    }

    /** The leased share of the leasable area as a percentage with two decimals, e.g. {@code "62.50"}. */
    public String leasedPercent() {
        return Decimals.format(leasedBasisPoints, 2);
    }

    public int count(StallStatus status) {
        return byStatus.getOrDefault(status, 0);
    }

    /**
     * Each active status's share of the floor's stalls in basis points, apportioned by largest remainder so that
     * the shares add up to exactly 100.00 % (all zero on an empty floor); in {@link StallStatus} order.
     */
    public Map<StallStatus, Long> statusShares() {
        List<StallStatus> active = new ArrayList<>();
        for (StallStatus s : StallStatus.values()) {
            if (s.isActive()) {
                active.add(s);
            }
        }
        Map<StallStatus, Long> shares = new EnumMap<>(StallStatus.class);
        long[] weights = active.stream().mapToLong(this::count).toArray();
        long[] bp = stalls == 0 ? new long[weights.length] : Allocation.largestRemainder(10_000, weights);
        for (int i = 0; i < active.size(); i++) {
            shares.put(active.get(i), bp[i]);
        }
        return shares;
    }
}
