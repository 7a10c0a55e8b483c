package org.mallcrm.domain.geometry;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Boundary bookkeeping shared by union, cut and tiling: directed edge pieces, cutting edges at points lying on
 * them, and chaining pieces back into closed rings. Exact; package-private.
 */
final class Rings {

    private Rings() {
    }

    /** A directed piece of boundary; the region it bounds lies on its left. */
    record Piece(Point from, Point to) {
        Piece reversed() {
            return new Piece(to, from);
        }
    }

    /** Edge ab cut at every point of {@code points} lying strictly inside it, in order from a to b. */
    static List<Piece> cut(Point a, Point b, Collection<Point> points) {
        List<Point> cuts = new ArrayList<>();
        for (Point v : points) {
            if (!v.equals(a) && !v.equals(b) && Geometry.onSegment(a, b, v)) {
                cuts.add(v);
            }
        }
        List<Piece> pieces = new ArrayList<>(cuts.size() + 1);
        if (cuts.isEmpty()) {
            pieces.add(new Piece(a, b));
            return pieces;
        }
        long dx = b.x() - a.x();
        long dy = b.y() - a.y();
        cuts.sort((u, w) -> Long.compare((u.x() - a.x()) * dx + (u.y() - a.y()) * dy,
                (w.x() - a.x()) * dx + (w.y() - a.y()) * dy));
        Point prev = a;
        for (Point c : cuts) {
            if (!c.equals(prev)) {
                pieces.add(new Piece(prev, c));
                prev = c;
            }
        }
        pieces.add(new Piece(prev, b));
        return pieces;
    }

    /**
     * Drops every piece that also occurs reversed (the two cancel: a boundary shared by two regions lying on
     * either side of it is interior to their union). Multiplicities are respected.
     */
    static List<Piece> cancelOpposites(List<Piece> pieces) {
        Map<Piece, Integer> count = new LinkedHashMap<>();
        for (Piece p : pieces) {
            Piece r = p.reversed();
            Integer rc = count.get(r);
            if (rc != null && rc > 0) {
                if (rc == 1) {
                    count.remove(r);
                } else {
                    count.put(r, rc - 1);
                }
            } else {
                count.merge(p, 1, Integer::sum);
            }
        }
        List<Piece> left = new ArrayList<>();
        count.forEach((p, n) -> {
            for (int i = 0; i < n; i++) {
                left.add(p);
            }
        });
        return left;
    }

    /**
     * Chains directed pieces into closed rings. Where several pieces leave one vertex (two regions meeting at
     * a point), the ring takes the first piece clockwise from the one it arrived by, so regions that only touch
     * at a point come out as separate rings.
     *
     * @throws IllegalStateException when the pieces do not close up (a bug in the caller: a broken invariant)
     */
    static List<List<Point>> chain(List<Piece> pieces) {
        Map<Point, List<Piece>> outgoing = new HashMap<>();
        for (Piece p : pieces) {
            outgoing.computeIfAbsent(p.from(), k -> new ArrayList<>(2)).add(p);
        }
        Set<Piece> used = new HashSet<>();
        List<List<Point>> rings = new ArrayList<>();
        for (Piece start : pieces) {
            if (used.contains(start)) {
                continue;
            }
            List<Point> ring = new ArrayList<>();
            Piece cur = start;
            while (true) {
                if (!used.add(cur)) {
                    throw new IllegalStateException("boundary pieces do not form closed rings at " + cur.from());
                }
                ring.add(cur.from());
                Piece next = next(cur, outgoing.get(cur.to()));
                if (next == null) {
                    throw new IllegalStateException("boundary is open at " + cur.to());
                }
                if (next.equals(start)) {
                    break;
                }
                cur = next;
            }
            rings.addAll(splitAtRepeats(ring));
        }
        return rings;
    }

    /**
     * A closed walk that passes a vertex twice (regions pinched together at a point, or a hole touching the
     * outside at a point) split into walks that pass each vertex once.
     */
    static List<List<Point>> splitAtRepeats(List<Point> ring) {
        List<List<Point>> loops = new ArrayList<>();
        List<Point> path = new ArrayList<>();
        Map<Point, Integer> at = new HashMap<>();
        for (Point v : ring) {
            Integer k = at.get(v);
            if (k != null) {
                loops.add(new ArrayList<>(path.subList(k, path.size())));
                for (int i = path.size() - 1; i > k; i--) {
                    at.remove(path.remove(i));
                }
            } else {
                at.put(v, path.size());
                path.add(v);
            }
        }
        loops.add(path);
        return loops;
    }

    private static Piece next(Piece in, List<Piece> out) {
        if (out == null || out.isEmpty()) {
            return null;
        }
        if (out.size() == 1) {
            return out.get(0);
        }
        // back direction: from the vertex towards where we came from
        long wx = in.from().x() - in.to().x();
        long wy = in.from().y() - in.to().y();
        Piece best = null;
        for (Piece p : out) {
            if (best == null || clockwiseBefore(wx, wy, p, best)) {
                best = p;
            }
        }
        return best;
    }

    /** Is p reached before q when turning clockwise from direction w (both leave the same vertex)? */
    private static boolean clockwiseBefore(long wx, long wy, Piece p, Piece q) {
        long px = p.to().x() - p.from().x();
        long py = p.to().y() - p.from().y();
        long qx = q.to().x() - q.from().x();
        long qy = q.to().y() - q.from().y();
        // counter-clockwise angle from w in [0, 360): the largest one is the first clockwise
        int hp = half(wx, wy, px, py);
        int hq = half(wx, wy, qx, qy);
        if (hp != hq) {
            return hp > hq;
        }
        // same half: p has the larger ccw angle when p lies counter-clockwise of q
        return px * qy - py * qx < 0;
    }

    /** 0 when d lies in [0°, 180°) counter-clockwise from w, 1 in [180°, 360°). */
    private static int half(long wx, long wy, long dx, long dy) {
        long cr = wx * dy - wy * dx;
        if (cr > 0 || (cr == 0 && wx * dx + wy * dy > 0)) {
            return 0;
        }
        return 1;
    }

    /** Removes vertices lying on the straight line between their neighbours. */
    static List<Point> withoutCollinear(List<Point> ring) {
        List<Point> r = new ArrayList<>(ring);
        boolean changed = true;
        while (changed && r.size() > 3) {
            changed = false;
            for (int i = 0; i < r.size() && r.size() > 3; i++) {
                Point prev = r.get((i - 1 + r.size()) % r.size());
                Point cur = r.get(i);
                Point next = r.get((i + 1) % r.size());
                if (Geometry.orient(prev, cur, next) == 0) {
                    r.remove(i);
                    i--;
                    changed = true;
                }
            }
        }
        return r;
    }
}
