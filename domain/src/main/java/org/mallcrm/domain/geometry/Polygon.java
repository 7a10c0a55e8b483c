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
        if (ring == null) {
            throw new InvalidPolygonException("outline is missing");
        }
        List<Point> pts = new ArrayList<>(ring);
        if (pts.contains(null)) {
            throw new InvalidPolygonException("an outline vertex is missing");
        }
        if (pts.size() > 1 && pts.get(0).equals(pts.get(pts.size() - 1))) {
            pts.remove(pts.size() - 1);
        }
        if (pts.size() < 3) {
            throw new InvalidPolygonException("a polygon needs at least 3 distinct vertices, got " + pts.size());
        }
        for (int i = 0; i < pts.size(); i++) {
            if (pts.get(i).equals(pts.get((i + 1) % pts.size()))) {
                throw new InvalidPolygonException("vertex " + pts.get(i) + " is repeated");
            }
        }
        long a2 = Geometry.doubledSignedArea(pts);
        if (a2 == 0) {
            String crossing = Geometry.allCollinear(pts) ? null : Geometry.firstSelfIntersection(pts);
            // a ring that is not a line yet encloses no area must cross itself
            throw new InvalidPolygonException(crossing == null ? "the outline has zero area"
                    : "the outline intersects itself: " + crossing);
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

    /**
     * Whether the two interiors share more than {@code toleranceMm2} square millimetres (exactly: the shared area is a
     * rational number of mm² and is compared as such). With a tolerance of 0 this is {@link #overlaps}.
     */
    public boolean overlapsByMoreThan(Polygon other, long toleranceMm2) {
        if (toleranceMm2 < 0) {
            throw new IllegalArgumentException("a tolerance cannot be negative");
        }
        if (!overlaps(other)) {
            return false;
        }
        if (toleranceMm2 == 0) {
            return true;
        }
        java.math.BigInteger[] doubled = OverlapArea.doubled(vertices, other.vertices);
        // doubled / den > 2 · tolerance
        return doubled[0].compareTo(doubled[1].multiply(java.math.BigInteger.valueOf(toleranceMm2).shiftLeft(1))) > 0;
    }

    /** The area the two interiors share in mm², exact, rounded HALF_UP to two decimals (for messages and tests). */
    public java.math.BigDecimal overlapAreaMm2(Polygon other) {
        if (!boxesOverlapStrictly(other)) {
            return java.math.BigDecimal.ZERO.setScale(2);
        }
        java.math.BigInteger[] doubled = OverlapArea.doubled(vertices, other.vertices);
        return new java.math.BigDecimal(doubled[0]).divide(new java.math.BigDecimal(doubled[1].shiftLeft(1)), 2,
                java.math.RoundingMode.HALF_UP);
    }

    /** True when the two outlines share at least one boundary point (a touching corner counts). */
    public boolean touches(Polygon other) {
        return minX <= other.maxX && other.minX <= maxX && minY <= other.maxY && other.minY <= maxY
                && Operations.boundariesTouch(vertices, other.vertices);
    }

    /** True when this outline lies inside {@code other} or on its boundary (equal outlines are within each other). */
    public boolean isWithin(Polygon other) {
        return other.minX <= minX && maxX <= other.maxX && other.minY <= minY && maxY <= other.maxY
                && Operations.within(vertices, other.vertices);
    }

    /**
     * The length of boundary the two outlines share: collinear stretches of their edges. A corner touch has
     * length zero. Exact (see {@link BoundaryLength}).
     */
    public BoundaryLength sharedBoundary(Polygon other) {
        if (minX > other.maxX || other.minX > maxX || minY > other.maxY || other.minY > maxY) {
            return BoundaryLength.ZERO;
        }
        return Operations.sharedBoundary(vertices, other.vertices);
    }

    /**
     * A straight cut along x = {@code at} ({@link Axis#X}) or y = {@code at} ({@link Axis#Y}). Works on
     * non-convex outlines; a cut that would give more than two pieces is reported, not performed. The pieces
     * have no collinear middle vertices.
     */
    public CutResult cut(Axis axis, long at) {
        if (axis == Axis.X) {
            return Operations.cutX(vertices, at, Axis.X);
        }
        CutResult r = Operations.cutX(Operations.rotate(vertices), at, Axis.Y);
        if (r instanceof CutResult.Pieces(Polygon lower, Polygon upper)) {
            return new CutResult.Pieces(Operations.unrotate(lower), Operations.unrotate(upper));
        }
        if (r instanceof CutResult.OffGrid(Point from, Point to)) {
            return new CutResult.OffGrid(new Point(-from.y(), from.x()), new Point(-to.y(), to.x()));
        }
        return r;
    }

    /**
     * The union of outlines that meet only along their edges (a merge's parents): one simple polygon without
     * collinear middle vertices, or the reason it is not one (overlap, hole, several pieces).
     */
    public static UnionResult union(List<Polygon> polygons) {
        return Operations.union(polygons);
    }

    /** The same outline without vertices that lie on the straight line between their neighbours. */
    public Polygon normalized() {
        List<Point> r = Rings.withoutCollinear(vertices);
        return r.size() == vertices.size() ? this : new Polygon(r, doubledArea);
    }

    /** The same region: equal once collinear middle vertices are removed from both. */
    public boolean sameShape(Polygon other) {
        return normalized().equals(other.normalized());
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
