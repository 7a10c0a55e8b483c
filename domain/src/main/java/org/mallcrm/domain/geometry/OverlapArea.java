package org.mallcrm.domain.geometry;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * The exact area two simple polygons share, by Green's theorem over the boundary of their intersection: the parts
 * of each outline's edges that lie inside the other, and the stretches where the outlines run along each other with
 * both interiors on the same side (counted once). A piece of edge from parameter t₁ to t₂ along {@code p → q}
 * contributes {@code (t₂ − t₁) · (p × (q − p))} to twice the area; parameters are exact fractions, so the result is
 * exact whatever the crossings (no floating point anywhere).
 */
final class OverlapArea {

    private OverlapArea() {
    }

    /** Twice the shared area in mm², as an exact fraction {@code {numerator, denominator}} (denominator &gt; 0). */
    static BigInteger[] doubled(List<Point> a, List<Point> b) {
        Fraction sum = Fraction.ZERO;
        sum = sum.plus(along(a, b, true));
        sum = sum.plus(along(b, a, false));
        return new BigInteger[] {sum.num, sum.den};
    }

    /** The contribution of {@code edges}' pieces inside {@code other} (both counter-clockwise). */
    private static Fraction along(List<Point> edges, List<Point> other, boolean countSharedSameDirection) {
        Fraction sum = Fraction.ZERO;
        int n = edges.size();
        for (int i = 0; i < n; i++) {
            Point p = edges.get(i);
            Point q = edges.get((i + 1) % n);
            long dx = q.x() - p.x();
            long dy = q.y() - p.y();
            List<Fraction> ts = cuts(p, dx, dy, other);
            long crossPd = p.x() * dy - p.y() * dx;
            for (int k = 0; k + 1 < ts.size(); k++) {
                Fraction t1 = ts.get(k);
                Fraction t2 = ts.get(k + 1);
                Fraction mid = t1.plus(t2).half();
                int where = classify(p, dx, dy, mid, other);
                boolean counts = where == INSIDE || (where == ALONG_SAME && countSharedSameDirection);
                if (counts) {
                    sum = sum.plus(t2.minus(t1).times(BigInteger.valueOf(crossPd)));
                }
            }
        }
        return sum;
    }

    /** Parameters in [0, 1] along {@code p + t·d} where it meets the other outline, sorted, 0 and 1 included. */
    private static List<Fraction> cuts(Point p, long dx, long dy, List<Point> other) {
        List<Fraction> ts = new ArrayList<>();
        ts.add(Fraction.ZERO);
        ts.add(Fraction.ONE);
        int m = other.size();
        long dd = dx * dx + dy * dy;
        for (int j = 0; j < m; j++) {
            Point r = other.get(j);
            Point s = other.get((j + 1) % m);
            long gx = s.x() - r.x();
            long gy = s.y() - r.y();
            long rx = r.x() - p.x();
            long ry = r.y() - p.y();
            long denom = dx * gy - dy * gx;
            if (denom != 0) {
                Fraction t = Fraction.of(rx * gy - ry * gx, denom);
                Fraction u = Fraction.of(rx * dy - ry * dx, denom);
                if (t.inUnit() && u.inUnit()) {
                    ts.add(t);
                }
            } else if (rx * dy - ry * dx == 0) {
                // collinear: the other edge's ends, where they fall on this edge
                long sx = s.x() - p.x();
                long sy = s.y() - p.y();
                Fraction tr = Fraction.of(rx * dx + ry * dy, dd);
                Fraction tsx = Fraction.of(sx * dx + sy * dy, dd);
                if (tr.inUnit()) {
                    ts.add(tr);
                }
                if (tsx.inUnit()) {
                    ts.add(tsx);
                }
            }
        }
        ts.sort(Fraction::compareTo);
        List<Fraction> unique = new ArrayList<>();
        for (Fraction t : ts) {
            if (unique.isEmpty() || unique.get(unique.size() - 1).compareTo(t) != 0) {
                unique.add(t);
            }
        }
        return unique;
    }

    private static final int OUTSIDE = 0;
    private static final int INSIDE = 1;
    private static final int ALONG_SAME = 2;
    private static final int ALONG_OPPOSITE = 3;

    /** Where the point {@code p + t·d} lies with respect to {@code poly}, in exact integers scaled by t's denominator. */
    private static int classify(Point p, long dx, long dy, Fraction t, List<Point> poly) {
        BigInteger k = t.den;
        BigInteger mx = k.multiply(BigInteger.valueOf(p.x())).add(t.num.multiply(BigInteger.valueOf(dx)));
        BigInteger my = k.multiply(BigInteger.valueOf(p.y())).add(t.num.multiply(BigInteger.valueOf(dy)));
        int m = poly.size();
        boolean inside = false;
        for (int j = 0; j < m; j++) {
            Point r = poly.get(j);
            Point s = poly.get((j + 1) % m);
            BigInteger rx = k.multiply(BigInteger.valueOf(r.x()));
            BigInteger ry = k.multiply(BigInteger.valueOf(r.y()));
            BigInteger sx = k.multiply(BigInteger.valueOf(s.x()));
            BigInteger sy = k.multiply(BigInteger.valueOf(s.y()));
            BigInteger ex = sx.subtract(rx);
            BigInteger ey = sy.subtract(ry);
            BigInteger cross = ex.multiply(my.subtract(ry)).subtract(mx.subtract(rx).multiply(ey));
            if (cross.signum() == 0 && between(mx, rx, sx) && between(my, ry, sy)) {
                long dot = dx * (s.x() - r.x()) + dy * (s.y() - r.y());
                return dot > 0 ? ALONG_SAME : ALONG_OPPOSITE;
            }
            boolean ryAbove = ry.compareTo(my) > 0;
            boolean syAbove = sy.compareTo(my) > 0;
            if (ryAbove != syAbove) {
                // the edge crosses the horizontal through the point: is the crossing to its right?
                if (ey.signum() > 0 ? cross.signum() > 0 : cross.signum() < 0) {
                    inside = !inside;
                }
            }
        }
        return inside ? INSIDE : OUTSIDE;
    }

    private static boolean between(BigInteger v, BigInteger a, BigInteger b) {
        return a.compareTo(b) <= 0 ? a.compareTo(v) <= 0 && v.compareTo(b) <= 0
                : b.compareTo(v) <= 0 && v.compareTo(a) <= 0;
    }

    /** An exact fraction num/den, den &gt; 0, in lowest terms. */
    private record Fraction(BigInteger num, BigInteger den) implements Comparable<Fraction> {

        static final Fraction ZERO = new Fraction(BigInteger.ZERO, BigInteger.ONE);
        static final Fraction ONE = new Fraction(BigInteger.ONE, BigInteger.ONE);

        static Fraction of(long num, long den) {
            return of(BigInteger.valueOf(num), BigInteger.valueOf(den));
        }

        static Fraction of(BigInteger num, BigInteger den) {
            if (den.signum() < 0) {
                num = num.negate();
                den = den.negate();
            }
            BigInteger g = num.gcd(den);
            if (g.signum() != 0 && !g.equals(BigInteger.ONE)) {
                num = num.divide(g);
                den = den.divide(g);
            }
            return new Fraction(num, den);
        }

        boolean inUnit() {
            return num.signum() >= 0 && num.compareTo(den) <= 0;
        }

        Fraction plus(Fraction o) {
            return of(num.multiply(o.den).add(o.num.multiply(den)), den.multiply(o.den));
        }

        Fraction minus(Fraction o) {
            return of(num.multiply(o.den).subtract(o.num.multiply(den)), den.multiply(o.den));
        }

        Fraction times(BigInteger v) {
            return of(num.multiply(v), den);
        }

        Fraction half() {
            return of(num, den.shiftLeft(1));
        }

        @Override
        public int compareTo(Fraction o) {
            return num.multiply(o.den).compareTo(o.num.multiply(den));
        }
    }
}
