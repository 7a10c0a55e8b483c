package org.mallcrm.domain.geometry;

import java.util.ArrayList;
import java.util.List;
import org.mallcrm.domain.money.Allocation;
import org.mallcrm.domain.money.Decimals;

/**
 * An area in hundredths of a square metre (0.01 m²), the unit leasable area (计租面积) is surveyed and billed in.
 * Exact; never negative.
 */
public record Area(long hundredths) implements Comparable<Area> {

    public static final Area ZERO = new Area(0);

    /** mm² in one 0.01 m². */
    public static final long MM2_PER_HUNDREDTH = 10_000L;

    public Area {
        if (hundredths < 0) {
            throw new IllegalArgumentException("an area cannot be negative: " + hundredths);
        }
    }

    public static Area ofHundredths(long hundredths) {
        return new Area(hundredths);
    }

    public static Area ofSquareMetres(long m2) {
        return new Area(Math.multiplyExact(m2, 100L));
    }

    /** Parses square metres with at most two decimals: {@code "45.5"}, {@code "45.50"}. */
    public static Area parse(String text) {
        long v = Decimals.parseScaled(text, 2, "area");
        if (v < 0) {
            throw new IllegalArgumentException("area '" + text + "' is negative");
        }
        return new Area(v);
    }

    /** Rounds an exact area given as twice the square millimetres to 0.01 m², HALF_UP. */
    public static Area fromDoubledSquareMillimetres(long doubledMm2) {
        if (doubledMm2 < 0) {
            throw new IllegalArgumentException("an area cannot be negative");
        }
        long unit = 2 * MM2_PER_HUNDREDTH;
        long q = doubledMm2 / unit;
        long r = doubledMm2 % unit;
        return new Area(r * 2 >= unit ? q + 1 : q);
    }

    public Area plus(Area other) {
        return new Area(Math.addExact(hundredths, other.hundredths));
    }

    public Area minus(Area other) {
        return new Area(Math.subtractExact(hundredths, other.hundredths));
    }

    public boolean isZero() {
        return hundredths == 0;
    }

    /**
     * Apportions this area over parts with the given weights (e.g. outline areas), by largest remainder at
     * 0.01 m²; the parts sum exactly to this area.
     */
    public List<Area> apportion(long... weights) {
        long[] parts = Allocation.largestRemainder(hundredths, weights);
        List<Area> result = new ArrayList<>(parts.length);
        for (long p : parts) {
            result.add(new Area(p));
        }
        return result;
    }

    @Override
    public int compareTo(Area o) {
        return Long.compare(hundredths, o.hundredths);
    }

    /** Square metres with two decimals: {@code "45.50"}. */
    @Override
    public String toString() {
        return Decimals.format(hundredths, 2);
    }
}
