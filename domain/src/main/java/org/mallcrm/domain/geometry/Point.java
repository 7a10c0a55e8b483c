package org.mallcrm.domain.geometry;

/**
 * A vertex on a floor's drawing, in integer millimetres from the floor's origin. Coordinates are bounded by
 * {@link #LIMIT} so that every exact product in the geometry fits in a long.
 */
public record Point(long x, long y) {

    /** 100 km in millimetres: far beyond any mall floor, small enough for exact long arithmetic. */
    public static final long LIMIT = 100_000_000L;

    public Point {
        if (Math.abs(x) > LIMIT || Math.abs(y) > LIMIT) {
            throw new IllegalArgumentException(
                    "coordinate (" + x + " " + y + ") is outside ±" + LIMIT + " mm of the floor origin");
        }
    }

    @Override
    public String toString() {
        return x + " " + y;
    }
}
