package org.mallcrm.domain.geometry;

import java.util.ArrayList;
import java.util.List;

/** Exact predicates on integer rings. Coordinates are bounded by {@link Point#LIMIT}, so no product overflows. */
final class Geometry {

    private Geometry() {
    }

    static long cross(long ax, long ay, long bx, long by, long cx, long cy) {
        return (bx - ax) * (cy - ay) - (by - ay) * (cx - ax);
    }

    static int orient(Point a, Point b, Point c) {
        return Long.signum(cross(a.x(), a.y(), b.x(), b.y(), c.x(), c.y()));
    }

    /** p lies on the closed segment ab (endpoints included). */
    static boolean onSegment(Point a, Point b, Point p) {
        return orient(a, b, p) == 0 && withinBox(a, b, p);
    }

    static boolean withinBox(Point a, Point b, Point p) {
        return Math.min(a.x(), b.x()) <= p.x() && p.x() <= Math.max(a.x(), b.x())
                && Math.min(a.y(), b.y()) <= p.y() && p.y() <= Math.max(a.y(), b.y());
    }

    /** Every point of the ring lies on one straight line. */
    static boolean allCollinear(List<Point> ring) {
        Point a = ring.get(0);
        Point b = ring.get(1);
        for (Point p : ring) {
            if (orient(a, b, p) != 0) {
                return false;
            }
        }
        return true;
    }

    /** Shoelace sum: twice the signed area, positive for a counter-clockwise ring. */
    static long doubledSignedArea(List<Point> ring) {
        long s = 0;
        int n = ring.size();
        for (int i = 0; i < n; i++) {
            Point a = ring.get(i);
            Point b = ring.get((i + 1) % n);
            s = Math.addExact(s, a.x() * b.y() - b.x() * a.y());
        }
        return s;
    }

    /** Closed segments ab and cd share at least one point. */
    static boolean segmentsTouch(Point a, Point b, Point c, Point d) {
        int o1 = orient(a, b, c);
        int o2 = orient(a, b, d);
        int o3 = orient(c, d, a);
        int o4 = orient(c, d, b);
        if (o1 * o2 < 0 && o3 * o4 < 0) {
            return true;
        }
        return (o1 == 0 && withinBox(a, b, c)) || (o2 == 0 && withinBox(a, b, d))
                || (o3 == 0 && withinBox(c, d, a)) || (o4 == 0 && withinBox(c, d, b));
    }

    /** A description of the first place where the ring touches or crosses itself, or null when it is simple. */
    static String firstSelfIntersection(List<Point> ring) {
        int n = ring.size();
        for (int i = 0; i < n; i++) {
            Point a = ring.get(i);
            Point b = ring.get((i + 1) % n);
            for (int j = i + 1; j < n; j++) {
                Point c = ring.get(j);
                Point d = ring.get((j + 1) % n);
                boolean nextToEachOther = j == i + 1 || (i == 0 && j == n - 1);
                if (nextToEachOther) {
                    // they share one vertex; they must not fold back over each other
                    Point shared = j == i + 1 ? b : a;
                    Point p = j == i + 1 ? a : b;
                    Point q = j == i + 1 ? d : c;
                    if (orient(p, shared, q) == 0 && dot(p, shared, q) > 0) {
                        return "the edges at " + shared + " fold back over each other";
                    }
                } else if (segmentsTouch(a, b, c, d)) {
                    return "edge " + a + " → " + b + " meets edge " + c + " → " + d;
                }
            }
        }
        return null;
    }

    /** (p − o)·(q − o) */
    private static long dot(Point p, Point o, Point q) {
        return (p.x() - o.x()) * (q.x() - o.x()) + (p.y() - o.y()) * (q.y() - o.y());
    }

    static Polygon.Location locate(List<Point> ring, long px, long py) {
        return locateScaled(ring, 1, px, py);
    }

    /**
     * Locates the point (px, py) given in coordinates scaled by {@code scale} against the ring scaled likewise
     * (scale 2 lets a segment's midpoint be tested exactly).
     */
    static Polygon.Location locateScaled(List<Point> ring, long scale, long px, long py) {
        boolean inside = false;
        int n = ring.size();
        for (int i = 0; i < n; i++) {
            Point a = ring.get(i);
            Point b = ring.get((i + 1) % n);
            long ax = a.x() * scale;
            long ay = a.y() * scale;
            long bx = b.x() * scale;
            long by = b.y() * scale;
            long c = cross(ax, ay, bx, by, px, py);
            if (c == 0 && Math.min(ax, bx) <= px && px <= Math.max(ax, bx)
                    && Math.min(ay, by) <= py && py <= Math.max(ay, by)) {
                return Polygon.Location.BOUNDARY;
            }
            if ((ay > py) != (by > py)) {
                // does the edge cross the horizontal ray to the right of p?
                boolean right = by > ay ? c > 0 : c < 0;
                if (right) {
                    inside = !inside;
                }
            }
        }
        return inside ? Polygon.Location.INSIDE : Polygon.Location.OUTSIDE;
    }

    /**
     * The interiors of two counter-clockwise simple rings meet. Either two edges cross properly, or two
     * collinear edges overlap running the same way (both interiors on the same side), or, once every edge is
     * cut at the other ring's vertices, some piece of one boundary lies strictly inside the other.
     */
    static boolean interiorsIntersect(List<Point> a, List<Point> b) {
        int n = a.size();
        int m = b.size();
        for (int i = 0; i < n; i++) {
            Point a1 = a.get(i);
            Point a2 = a.get((i + 1) % n);
            for (int j = 0; j < m; j++) {
                Point b1 = b.get(j);
                Point b2 = b.get((j + 1) % m);
                if (Math.max(a1.x(), a2.x()) < Math.min(b1.x(), b2.x())
                        || Math.max(b1.x(), b2.x()) < Math.min(a1.x(), a2.x())
                        || Math.max(a1.y(), a2.y()) < Math.min(b1.y(), b2.y())
                        || Math.max(b1.y(), b2.y()) < Math.min(a1.y(), a2.y())) {
                    continue;
                }
                int o1 = orient(a1, a2, b1);
                int o2 = orient(a1, a2, b2);
                int o3 = orient(b1, b2, a1);
                int o4 = orient(b1, b2, a2);
                if (o1 * o2 < 0 && o3 * o4 < 0) {
                    return true;
                }
                if (o1 == 0 && o2 == 0 && collinearOverlapLength(a1, a2, b1, b2) > 0
                        && direction(a1, a2, b1, b2) > 0) {
                    return true;
                }
            }
        }
        return somePieceStrictlyInside(a, b) || somePieceStrictlyInside(b, a);
    }

    private static long direction(Point a1, Point a2, Point b1, Point b2) {
        return (a2.x() - a1.x()) * (b2.x() - b1.x()) + (a2.y() - a1.y()) * (b2.y() - b1.y());
    }

    /** For collinear segments: the length of their overlap projected on the dominant axis (0 when they only touch). */
    static long collinearOverlapLength(Point a1, Point a2, Point b1, Point b2) {
        boolean useX = Math.abs(a2.x() - a1.x()) >= Math.abs(a2.y() - a1.y());
        long aLo = useX ? Math.min(a1.x(), a2.x()) : Math.min(a1.y(), a2.y());
        long aHi = useX ? Math.max(a1.x(), a2.x()) : Math.max(a1.y(), a2.y());
        long bLo = useX ? Math.min(b1.x(), b2.x()) : Math.min(b1.y(), b2.y());
        long bHi = useX ? Math.max(b1.x(), b2.x()) : Math.max(b1.y(), b2.y());
        return Math.max(0, Math.min(aHi, bHi) - Math.max(aLo, bLo));
    }

    /** Cuts each edge of {@code ring} at the vertices of {@code other} on it; is any piece's midpoint inside other? */
    private static boolean somePieceStrictlyInside(List<Point> ring, List<Point> other) {
        int n = ring.size();
        List<Point> cuts = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Point p = ring.get(i);
            Point q = ring.get((i + 1) % n);
            cuts.clear();
            cuts.add(p);
            for (Point v : other) {
                if (!v.equals(p) && !v.equals(q) && onSegment(p, q, v)) {
                    cuts.add(v);
                }
            }
            cuts.add(q);
            if (cuts.size() > 2) {
                long dx = q.x() - p.x();
                long dy = q.y() - p.y();
                cuts.sort((u, w) -> Long.compare((u.x() - p.x()) * dx + (u.y() - p.y()) * dy,
                        (w.x() - p.x()) * dx + (w.y() - p.y()) * dy));
            }
            for (int k = 0; k + 1 < cuts.size(); k++) {
                Point u = cuts.get(k);
                Point w = cuts.get(k + 1);
                if (locateScaled(other, 2, u.x() + w.x(), u.y() + w.y()) == Polygon.Location.INSIDE) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Same cyclic sequence of vertices (both rings counter-clockwise). */
    static boolean sameRing(List<Point> a, List<Point> b) {
        if (a.size() != b.size()) {
            return false;
        }
        int n = a.size();
        int start = b.indexOf(a.get(0));
        if (start < 0) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            if (!a.get(i).equals(b.get((start + i) % n))) {
                return false;
            }
        }
        return true;
    }
}
