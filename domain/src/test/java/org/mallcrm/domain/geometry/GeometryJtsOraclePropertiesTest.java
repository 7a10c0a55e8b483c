package org.mallcrm.domain.geometry;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.PrecisionModel;

/**
 * JTS as an oracle for the exact geometry: validity, area, overlap, shared boundary, union and cut on random
 * small rings (a coarse grid makes touching, collinear and degenerate cases common). Over 10,000 cases in all.
 */
class GeometryJtsOraclePropertiesTest {

    private static final GeometryFactory JTS = new GeometryFactory(new PrecisionModel(), 0);

    // ---- generators ---------------------------------------------------------------------------------------

    /** A ring of 3–7 points on a 7 × 7 grid with no point repeated next to itself (cyclically). */
    @Provide
    Arbitrary<List<Point>> rings() {
        Arbitrary<Point> pt = Combinators.combine(Arbitraries.longs().between(0, 6), Arbitraries.longs().between(0, 6))
                .as(Point::new);
        return pt.list().ofMinSize(3).ofMaxSize(7).filter(GeometryJtsOraclePropertiesTest::noConsecutiveRepeat);
    }

    /** A valid polygon: a random ring accepted by Polygon.of, or an axis-aligned rectangle (often touching). */
    @Provide
    Arbitrary<Polygon> polygons() {
        Arbitrary<Polygon> fromRings = rings().map(GeometryJtsOraclePropertiesTest::tryPolygon).filter(p -> p != null);
        Arbitrary<Polygon> rects = Combinators.combine(Arbitraries.longs().between(0, 5), Arbitraries.longs().between(0, 5),
                Arbitraries.longs().between(1, 3), Arbitraries.longs().between(1, 3))
                .as((x, y, w, h) -> Polygon.rectangle(x, y, x + w, y + h));
        return Arbitraries.oneOf(fromRings, rects);
    }

    private static boolean noConsecutiveRepeat(List<Point> r) {
        for (int i = 0; i < r.size(); i++) {
            if (r.get(i).equals(r.get((i + 1) % r.size()))) {
                return false;
            }
        }
        return true;
    }

    private static Polygon tryPolygon(List<Point> ring) {
        try {
            return Polygon.of(ring);
        } catch (InvalidPolygonException e) {
            return null;
        }
    }

    private static org.locationtech.jts.geom.Polygon jts(List<Point> ring) {
        Coordinate[] cs = new Coordinate[ring.size() + 1];
        for (int i = 0; i < ring.size(); i++) {
            cs[i] = new Coordinate(ring.get(i).x(), ring.get(i).y());
        }
        cs[ring.size()] = cs[0];
        LinearRing lr = JTS.createLinearRing(cs);
        return JTS.createPolygon(lr);
    }

    private static org.locationtech.jts.geom.Polygon jts(Polygon p) {
        return jts(p.vertices());
    }

    // ---- properties ---------------------------------------------------------------------------------------

    @Property(tries = 4000, shrinking = ShrinkingMode.FULL)
    void a_ring_is_a_polygon_exactly_when_jts_finds_it_valid(@ForAll("rings") List<Point> ring) {
        boolean ours = tryPolygon(ring) != null;
        assertThat(ours).as("valid per Polygon.of vs JTS for %s", ring).isEqualTo(jts(ring).isValid());
    }

    @Property(tries = 1500)
    void validity_overlap_and_area_hold_near_the_coordinate_limit(@ForAll("rings") List<Point> ring,
            @ForAll("polygons") Polygon other) {
        // coordinates from −0.96 to +0.96 × Point.LIMIT: the products in the predicates reach 10^16
        long k = 24_000_000L;
        java.util.function.UnaryOperator<Point> scale = q -> new Point((q.x() - 4) * k, (q.y() - 4) * k);
        List<Point> big = ring.stream().map(scale).toList();
        Polygon p = tryPolygon(big);
        assertThat(p != null).as("valid %s", big).isEqualTo(jts(big).isValid());
        if (p != null) {
            Polygon o = Polygon.of(other.vertices().stream().map(scale).toList());
            assertThat(p.overlaps(o)).isEqualTo(jts(p).relate(jts(o), "T********"));
            assertThat(p.doubledAreaMm2()).isEqualTo(2 * (long) jts(p).getArea());
            assertThat(p.isWithin(o)).isEqualTo(jts(o).covers(jts(p)));
        }
    }

    @Property(tries = 2000)
    void the_exact_area_matches_jts(@ForAll("polygons") Polygon p) {
        assertThat((double) p.doubledAreaMm2()).isEqualTo(2 * jts(p).getArea());
    }

    @Property(tries = 2500)
    void overlap_means_the_interiors_meet_as_jts_relates_them(@ForAll("polygons") Polygon a,
            @ForAll("polygons") Polygon b) {
        boolean interiorsMeet = jts(a).relate(jts(b), "T********");
        assertThat(a.overlaps(b)).as("%s overlaps %s", a, b).isEqualTo(interiorsMeet);
        assertThat(b.overlaps(a)).isEqualTo(interiorsMeet);
        assertThat(a.touches(b)).as("%s touches %s", a, b)
                .isEqualTo(jts(a).getBoundary().intersects(jts(b).getBoundary()));
        assertThat(a.isWithin(b)).as("%s within %s", a, b).isEqualTo(jts(b).covers(jts(a)));
    }

    @Property(tries = 1500)
    void the_shared_boundary_has_the_length_jts_measures(@ForAll("polygons") Polygon a, @ForAll("polygons") Polygon b) {
        Assume.that(!a.overlaps(b));
        double jtsLength = jts(a).getBoundary().intersection(jts(b).getBoundary()).getLength();
        BoundaryLength ours = a.sharedBoundary(b);
        assertThat(ours.millimetres(9).doubleValue()).isCloseTo(jtsLength, org.assertj.core.data.Offset.offset(1e-6));
        assertThat(ours.isZero()).isEqualTo(jtsLength == 0);
    }

    @Property(tries = 2500)
    void the_union_of_outlines_meeting_at_their_edges_matches_jts(@ForAll("polygons") Polygon a,
            @ForAll("polygons") Polygon b, @ForAll("polygons") Polygon c) {
        List<Polygon> parts = new ArrayList<>(List.of(a, b));
        if (!c.overlaps(a) && !c.overlaps(b)) {
            parts.add(c);
        }
        UnionResult ours = Polygon.union(parts);
        Geometry theirs = jts(parts.get(0));
        for (int i = 1; i < parts.size(); i++) {
            theirs = theirs.union(jts(parts.get(i)));
        }
        if (a.overlaps(b)) {
            assertThat(ours).isInstanceOf(UnionResult.NotOne.class);
            assertThat(((UnionResult.NotOne) ours).reason()).isEqualTo(UnionResult.Reason.OVERLAP);
            return;
        }
        boolean onePolygonNoHoles = theirs instanceof org.locationtech.jts.geom.Polygon jp && jp.getNumInteriorRing() == 0;
        if (onePolygonNoHoles) {
            assertThat(ours).as("union of %s", parts).isInstanceOf(UnionResult.One.class);
            Polygon u = ((UnionResult.One) ours).polygon();
            assertThat(jts(u).equalsTopo(theirs)).as("union %s vs %s", u, theirs).isTrue();
            long sum = parts.stream().mapToLong(Polygon::doubledAreaMm2).sum();
            assertThat(u.doubledAreaMm2()).isEqualTo(sum);
        } else {
            assertThat(ours).as("union of %s is %s", parts, theirs).isInstanceOf(UnionResult.NotOne.class);
            UnionResult.Reason why = ((UnionResult.NotOne) ours).reason();
            boolean jtsHole = false;
            for (int i = 0; i < theirs.getNumGeometries(); i++) {
                jtsHole |= ((org.locationtech.jts.geom.Polygon) theirs.getGeometryN(i)).getNumInteriorRing() > 0;
            }
            assertThat(why).isEqualTo(jtsHole ? UnionResult.Reason.HOLE : UnionResult.Reason.SEVERAL_PIECES);
        }
    }

    @Property(tries = 2500)
    void a_straight_cut_matches_clipping_by_jts(@ForAll("polygons") Polygon p, @ForAll boolean alongX,
            @ForAll("cutAt") long at) {
        Axis axis = alongX ? Axis.X : Axis.Y;
        CutResult r = p.cut(axis, at);
        Geometry lowerBox = alongX ? box(-1, -1, at, 8) : box(-1, -1, 8, at);
        Geometry upperBox = alongX ? box(at, -1, 8, 8) : box(-1, at, 8, 8);
        Geometry lower = polygonal(jts(p).intersection(lowerBox));
        Geometry upper = polygonal(jts(p).intersection(upperBox));
        switch (r) {
            case CutResult.Pieces(Polygon lo, Polygon up) -> {
                assertThat(jts(lo).equalsTopo(lower)).as("lower of %s cut at %s=%d: %s", p, axis, at, lo).isTrue();
                assertThat(jts(up).equalsTopo(upper)).as("upper of %s cut at %s=%d: %s", p, axis, at, up).isTrue();
                assertThat(lo.doubledAreaMm2() + up.doubledAreaMm2()).isEqualTo(p.doubledAreaMm2());
                assertThat(Tiling.check(p, List.of(lo, up)).isExact()).isTrue();
            }
            case CutResult.Misses m -> assertThat(lower.getArea() == 0 || upper.getArea() == 0).isTrue();
            case CutResult.MoreThanTwoPieces m -> assertThat(m.total()).isGreaterThan(2);
            case CutResult.OffGrid o -> {
                // the exact pieces would need a vertex between whole millimetres
                boolean fractional = false;
                for (Coordinate c : lower.getCoordinates()) {
                    fractional |= c.x != Math.rint(c.x) || c.y != Math.rint(c.y);
                }
                assertThat(fractional).isTrue();
            }
        }
        if (r instanceof CutResult.MoreThanTwoPieces m) {
            // JTS sees the same number of pieces, counting pieces that touch at a point as separate
            assertThat(pieces(lower) + pieces(upper)).isEqualTo(m.total());
        }
    }

    @Provide
    Arbitrary<Long> cutAt() {
        return Arbitraries.longs().between(0, 7);
    }

    /** Only the areal part of an intersection (an edge lying on the cut line may come out as a line too). */
    @SuppressWarnings("unchecked")
    private static Geometry polygonal(Geometry g) {
        return JTS.buildGeometry(org.locationtech.jts.geom.util.PolygonExtracter.getPolygons(g));
    }

    private static int pieces(Geometry g) {
        int n = 0;
        for (int i = 0; i < g.getNumGeometries(); i++) {
            Geometry part = g.getGeometryN(i);
            if (part instanceof org.locationtech.jts.geom.Polygon jp && jp.getArea() > 0) {
                // a polygon whose shell touches itself is several pieces pinched at a point for us
                n += 1 + pinches(jp);
            }
        }
        return n;
    }

    private static int pinches(org.locationtech.jts.geom.Polygon jp) {
        Coordinate[] cs = jp.getExteriorRing().getCoordinates();
        java.util.Set<Coordinate> seen = new java.util.HashSet<>();
        int repeats = 0;
        for (int i = 0; i < cs.length - 1; i++) {
            if (!seen.add(cs[i])) {
                repeats++;
            }
        }
        return repeats;
    }

    private static Geometry box(long x0, long y0, long x1, long y1) {
        return JTS.toGeometry(new org.locationtech.jts.geom.Envelope(x0, x1, y0, y1));
    }

    @Property(tries = 2500)
    void the_exact_shared_area_matches_jts_and_decides_the_overlap_tolerance(@ForAll("polygons") Polygon a,
            @ForAll("polygons") Polygon b) {
        double jtsShared = jts(a).intersection(jts(b)).getArea();
        java.math.BigInteger[] doubled = OverlapArea.doubled(a.vertices(), b.vertices());
        double exact = doubled[0].doubleValue() / doubled[1].doubleValue() / 2;

        assertThat(exact).as("%s ∩ %s", a.toWkt(), b.toWkt()).isCloseTo(jtsShared,
                org.assertj.core.data.Offset.offset(1e-9));
        assertThat(b.overlapAreaMm2(a)).isEqualTo(a.overlapAreaMm2(b));
        for (long tolerance = 0; tolerance <= 4; tolerance++) {
            assertThat(a.overlapsByMoreThan(b, tolerance)).as("%s ∩ %s > %d", a.toWkt(), b.toWkt(), tolerance)
                    .isEqualTo(jtsShared > tolerance + 1e-9);
        }
    }
}
