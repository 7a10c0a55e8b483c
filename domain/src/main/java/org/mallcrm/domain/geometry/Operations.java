package org.mallcrm.domain.geometry;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.mallcrm.domain.geometry.Rings.Piece;

/** The exact operations behind {@link Polygon}'s cut, union, containment and shared boundary. */
final class Operations {

    private Operations() {
    }

    /** Every point of ring a's boundary lies in the closed region of ring b (so a ⊆ b: b has no holes). */
    static boolean within(List<Point> a, List<Point> b) {
        int n = a.size();
        int m = b.size();
        for (Point p : a) {
            if (Geometry.locate(b, p.x(), p.y()) == Polygon.Location.OUTSIDE) {
                return false;
            }
        }
        for (int i = 0; i < n; i++) {
            Point a1 = a.get(i);
            Point a2 = a.get((i + 1) % n);
            for (int j = 0; j < m; j++) {
                Point b1 = b.get(j);
                Point b2 = b.get((j + 1) % m);
                if (Geometry.orient(a1, a2, b1) * Geometry.orient(a1, a2, b2) < 0
                        && Geometry.orient(b1, b2, a1) * Geometry.orient(b1, b2, a2) < 0) {
                    return false;
                }
            }
            for (Piece piece : Rings.cut(a1, a2, b)) {
                Point u = piece.from();
                Point w = piece.to();
                if (Geometry.locateScaled(b, 2, u.x() + w.x(), u.y() + w.y()) == Polygon.Location.OUTSIDE) {
                    return false;
                }
            }
        }
        return true;
    }

    /** The boundaries of the two rings share at least one point. */
    static boolean boundariesTouch(List<Point> a, List<Point> b) {
        int n = a.size();
        int m = b.size();
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < m; j++) {
                if (Geometry.segmentsTouch(a.get(i), a.get((i + 1) % n), b.get(j), b.get((j + 1) % m))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The total length of the collinear stretches the two boundaries have in common. */
    static BoundaryLength sharedBoundary(List<Point> a, List<Point> b) {
        int n = a.size();
        int m = b.size();
        // direction (primitive, sign-normalised) -> number of direction steps shared
        Map<Point, Long> steps = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            Point a1 = a.get(i);
            Point a2 = a.get((i + 1) % n);
            for (int j = 0; j < m; j++) {
                Point b1 = b.get(j);
                Point b2 = b.get((j + 1) % m);
                if (Geometry.orient(a1, a2, b1) != 0 || Geometry.orient(a1, a2, b2) != 0) {
                    continue;
                }
                long overlap = Geometry.collinearOverlapLength(a1, a2, b1, b2);
                if (overlap == 0) {
                    continue;
                }
                long dx = a2.x() - a1.x();
                long dy = a2.y() - a1.y();
                long g = gcd(Math.abs(dx), Math.abs(dy));
                long ux = dx / g;
                long uy = dy / g;
                if (ux < 0 || (ux == 0 && uy < 0)) {
                    ux = -ux;
                    uy = -uy;
                }
                boolean useX = Math.abs(dx) >= Math.abs(dy);
                long unit = useX ? Math.abs(ux) : Math.abs(uy);
                // the overlap runs between lattice points on the line, so it is a whole number of steps
                steps.merge(new Point(ux, uy), overlap / unit, Long::sum);
            }
        }
        BoundaryLength total = BoundaryLength.ZERO;
        for (Map.Entry<Point, Long> e : steps.entrySet()) {
            Point u = e.getKey();
            BigInteger t = BigInteger.valueOf(e.getValue());
            BigInteger norm2 = BigInteger.valueOf(u.x()).pow(2).add(BigInteger.valueOf(u.y()).pow(2));
            total = total.plusDirection(t.multiply(t).multiply(norm2));
        }
        return total;
    }

    private static long gcd(long a, long b) {
        while (b != 0) {
            long t = a % b;
            a = b;
            b = t;
        }
        return a;
    }

    /** Union of outlines whose interiors are pairwise disjoint (checked first). */
    static UnionResult union(List<Polygon> polygons) {
        if (polygons.isEmpty()) {
            throw new IllegalArgumentException("nothing to unite");
        }
        for (int i = 0; i < polygons.size(); i++) {
            for (int j = i + 1; j < polygons.size(); j++) {
                if (polygons.get(i).overlaps(polygons.get(j))) {
                    return new UnionResult.NotOne(UnionResult.Reason.OVERLAP,
                            "outlines " + (i + 1) + " and " + (j + 1) + " overlap");
                }
            }
        }
        List<Point> allVertices = new ArrayList<>();
        for (Polygon p : polygons) {
            allVertices.addAll(p.vertices());
        }
        List<Piece> pieces = new ArrayList<>();
        for (Polygon p : polygons) {
            List<Point> v = p.vertices();
            for (int i = 0; i < v.size(); i++) {
                pieces.addAll(Rings.cut(v.get(i), v.get((i + 1) % v.size()), allVertices));
            }
        }
        List<List<Point>> rings = Rings.chain(Rings.cancelOpposites(pieces));
        List<List<Point>> outer = new ArrayList<>();
        for (List<Point> ring : rings) {
            long a2 = Geometry.doubledSignedArea(ring);
            if (a2 < 0) {
                return new UnionResult.NotOne(UnionResult.Reason.HOLE,
                        "the outlines enclose a hole at " + ring.get(0));
            }
            outer.add(ring);
        }
        if (outer.size() != 1) {
            return new UnionResult.NotOne(UnionResult.Reason.SEVERAL_PIECES,
                    "the outlines form " + outer.size() + " separate pieces (or pieces touching at a point)");
        }
        return new UnionResult.One(Polygon.of(Rings.withoutCollinear(outer.get(0))));
    }

    /** Cut at x = c (for y = c the caller rotates the plane a quarter turn). */
    static CutResult cutX(List<Point> ring, long c, Axis reportAxis) {
        long minX = Long.MAX_VALUE;
        long maxX = Long.MIN_VALUE;
        for (Point p : ring) {
            minX = Math.min(minX, p.x());
            maxX = Math.max(maxX, p.x());
        }
        if (c <= minX || c >= maxX) {
            return new CutResult.Misses(reportAxis, c);
        }
        List<Piece> lower = new ArrayList<>();
        List<Piece> upper = new ArrayList<>();
        TreeSet<Long> onLine = new TreeSet<>();
        int n = ring.size();
        for (int i = 0; i < n; i++) {
            Point a = ring.get(i);
            Point b = ring.get((i + 1) % n);
            if (a.x() == c && b.x() == c) {
                onLine.add(a.y());
                onLine.add(b.y());
                // going up, the interior (on the left) is at x < c
                (b.y() > a.y() ? lower : upper).add(new Piece(a, b));
            } else if ((a.x() < c && b.x() > c) || (a.x() > c && b.x() < c)) {
                long num = (c - a.x()) * (b.y() - a.y());
                long den = b.x() - a.x();
                if (num % den != 0) {
                    return new CutResult.OffGrid(a, b);
                }
                Point cross = new Point(c, a.y() + num / den);
                onLine.add(cross.y());
                (a.x() < c ? lower : upper).add(new Piece(a, cross));
                (b.x() < c ? lower : upper).add(new Piece(cross, b));
            } else {
                if (a.x() == c) {
                    onLine.add(a.y());
                }
                if (b.x() == c) {
                    onLine.add(b.y());
                }
                (a.x() < c || b.x() < c ? lower : upper).add(new Piece(a, b));
            }
        }
        Long prev = null;
        for (Long y : onLine) {
            if (prev != null && Geometry.locateScaled(ring, 2, 2 * c, prev + y) == Polygon.Location.INSIDE) {
                lower.add(new Piece(new Point(c, prev), new Point(c, y)));
                upper.add(new Piece(new Point(c, y), new Point(c, prev)));
            }
            prev = y;
        }
        List<List<Point>> lowerRings = Rings.chain(lower);
        List<List<Point>> upperRings = Rings.chain(upper);
        if (lowerRings.size() != 1 || upperRings.size() != 1) {
            return new CutResult.MoreThanTwoPieces(lowerRings.size(), upperRings.size());
        }
        return new CutResult.Pieces(Polygon.of(Rings.withoutCollinear(lowerRings.get(0))),
                Polygon.of(Rings.withoutCollinear(upperRings.get(0))));
    }

    /** A quarter turn clockwise: (x, y) → (y, −x); it takes the line y = c to x = c, keeping orientation. */
    static List<Point> rotate(List<Point> ring) {
        List<Point> r = new ArrayList<>(ring.size());
        for (Point p : ring) {
            r.add(new Point(p.y(), -p.x()));
        }
        return r;
    }

    /** The inverse of {@link #rotate}: (x, y) → (−y, x). */
    static Polygon unrotate(Polygon p) {
        List<Point> r = new ArrayList<>(p.vertices().size());
        for (Point q : p.vertices()) {
            r.add(new Point(-q.y(), q.x()));
        }
        return Polygon.of(r);
    }
}
