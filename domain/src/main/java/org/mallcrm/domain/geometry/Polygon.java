package org.mallcrm.domain.geometry;

import java.util.ArrayList;
import java.util.List;

/**
 * A simple polygon with integer millimetre vertices: at least three distinct vertices, no self-intersection,
 * non-zero area. Vertices are kept in counter-clockwise order without the closing repeat. All predicates are
 * exact (long arithmetic, no floating point).
 */
public final class Polygon {

    private final List<Point> vertices;
    private final long doubledArea;
    private final long minX;
    private final long minY;
    private final long maxX;
    private final long maxY;

    private Polygon(List<Point> ccw, long doubledArea) {
        this.vertices = List.copyOf(ccw);
        this.doubledArea = doubledArea;
        long x0 = Long.MAX_VALUE;
        long y0 = Long.MAX_VALUE;
        long x1 = Long.MIN_VALUE;
        long y1 = Long.MIN_VALUE;
        for (Point p : ccw) {
            x0 = Math.min(x0, p.x());
            y0 = Math.min(y0, p.y());
            x1 = Math.max(x1, p.x());
            y1 = Math.max(y1, p.y());
        }
        this.minX = x0;
        this.minY = y0;
        this.maxX = x1;
        this.maxY = y1;
    }

    /**
     * Builds a polygon from its ring (a closing repeat of the first vertex is dropped).
     *
     * @throws InvalidPolygonException naming what is wrong when the ring is not a simple polygon
     */
    public static Polygon of(List<Point> ring) {
        List<Point> pts = new ArrayList<>(ring);
        if (pts.size() > 1 && pts.get(0).equals(pts.get(pts.size() - 1))) {
            pts.remove(pts.size() - 1);
        }
        for (int i = 0; i < pts.size(); i++) {
            if (pts.get(i).equals(pts.get((i + 1) % pts.size()))) {
                throw new InvalidPolygonException("vertex " + pts.get(i) + " is repeated");
            }
        }
        if (pts.size() < 3) {
            throw new InvalidPolygonException("a polygon needs at least 3 distinct vertices, got " + pts.size());
        }
        long a2 = Geometry.doubledSignedArea(pts);
        if (a2 == 0) {
            throw new InvalidPolygonException("the outline has zero area");
        }
        String crossing = Geometry.firstSelfIntersection(pts);
        if (crossing != null) {
            throw new InvalidPolygonException("the outline intersects itself: " + crossing);
        }
        if (a2 < 0) {
            pts = new ArrayList<>(pts.reversed());
            a2 = -a2;
        }
        return new Polygon(pts, a2);
    }

    public static Polygon of(Point... ring) {
        return of(List.of(ring));
    }

    /** An axis-aligned rectangle [x0,x1]×[y0,y1]. */
    public static Polygon rectangle(long x0, long y0, long x1, long y1) {
        return of(new Point(x0, y0), new Point(x1, y0), new Point(x1, y1), new Point(x0, y1));
    }

    /** Counter-clockwise, without the closing repeat. */
    public List<Point> vertices() {
        return vertices;
    }

    /** Twice the exact area in mm² (the shoelace sum, always even or odd but never rounded). */
    public long doubledAreaMm2() {
        return doubledArea;
    }

    /** The area rounded HALF_UP to 0.01 m². */
    public Area area() {
        return Area.fromDoubledSquareMillimetres(doubledArea);
    }

    public long minX() {
        return minX;
    }

    public long minY() {
        return minY;
    }

    public long maxX() {
        return maxX;
    }

    public long maxY() {
        return maxY;
    }

    boolean boxesOverlapStrictly(Polygon o) {
        return minX < o.maxX && o.minX < maxX && minY < o.maxY && o.minY < maxY;
    }

    /** True when the interiors meet (a shared edge or a touching corner is not an overlap). */
    public boolean overlaps(Polygon other) {
        return boxesOverlapStrictly(other) && Geometry.interiorsIntersect(vertices, other.vertices);
    }

    /** Where a point lies: strictly inside, on the boundary, or outside. */
    public Location locate(Point p) {
        return Geometry.locate(vertices, p.x(), p.y());
    }

    /** WKT with a closed ring: {@code POLYGON((0 0, 8000 0, 8000 5000, 0 5000, 0 0))}. */
    public String toWkt() {
        return Wkt.format(this);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Polygon p && Geometry.sameRing(vertices, p.vertices);
    }

    @Override
    public int hashCode() {
        return Long.hashCode(doubledArea) * 31 + Long.hashCode(minX + maxY);
    }

    @Override
    public String toString() {
        return toWkt();
    }

    public enum Location {
        INSIDE, BOUNDARY, OUTSIDE
    }
}
