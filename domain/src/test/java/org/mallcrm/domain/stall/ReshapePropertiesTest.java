package org.mallcrm.domain.stall;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mallcrm.fixtures.stall.ReshapeFixtures.aStall;
import static org.mallcrm.fixtures.stall.ReshapeFixtures.request;

import java.util.List;
import java.util.Optional;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.mallcrm.domain.geometry.Area;
import org.mallcrm.domain.geometry.Polygon;
import org.mallcrm.domain.geometry.Tiling;
import org.mallcrm.domain.geometry.UnionResult;
import org.mallcrm.domain.money.Money;
import org.mallcrm.fixtures.stall.RandomFloors;

/** Invariants of split and merge over random rectilinear stalls and random tilings of them. */
class ReshapePropertiesTest {

    @Property(tries = 1000)
    void random_rectilinear_floors_cut_into_random_tilings_always_validate(@ForAll long seed,
            @ForAll @IntRange(min = 1, max = 7) int cuts) {
        Random r = new Random(seed);
        Polygon floor = RandomFloors.floor(r);
        List<Polygon> parts = RandomFloors.tiling(floor, r, cuts);
        assertThat(Tiling.check(floor, parts).isExact()).as("%s tiled by %s", floor, parts).isTrue();
        UnionResult union = Polygon.union(parts);
        assertThat(union).isInstanceOf(UnionResult.One.class);
        assertThat(((UnionResult.One) union).polygon().sameShape(floor)).isTrue();
    }

    @Property(tries = 1000)
    void split_then_merge_restores_the_parents_outline_areas_and_rent(@ForAll long seed,
            @ForAll @IntRange(min = 1, max = 6) int cuts, @ForAll @LongRange(min = 10_000, max = 100_000) long leasable,
            @ForAll @LongRange(min = 0, max = 100_000) long rentFen) {
        Random r = new Random(seed);
        Polygon floor = RandomFloors.floor(r);
        List<Polygon> parts = RandomFloors.tiling(floor, r, cuts);
        if (parts.size() < 2) {
            return;
        }
        Stall parent = aStall("P1").outline(floor).leasable(Area.ofHundredths(leasable).toString())
                .baseRent(Money.ofFen(rentFen).toString()).build();
        SplitOutcome split = StallSplit.intoParts(parent, parts.stream().map(SplitPart::of).toList(),
                request("SPL-P"), StallNumbers.none(), GeometryPolicy.DEFAULTS);
        assertThat(split).as("split of %s into %s", floor, parts).isInstanceOf(SplitOutcome.Split.class);
        List<Stall> children = ((SplitOutcome.Split) split).children();

        MergeOutcome merge = StallMerge.of(children, StallNo.of("P2"), Optional.empty(), request("MRG-P"),
                StallNumbers.none(), GeometryPolicy.DEFAULTS);
        assertThat(merge).as("merge of %s", parts).isInstanceOf(MergeOutcome.Merged.class);
        Stall merged = ((MergeOutcome.Merged) merge).merged();
        assertThat(merged.outline().sameShape(parent.outline())).isTrue();
        assertThat(merged.outline().doubledAreaMm2()).isEqualTo(parent.outline().doubledAreaMm2());
        assertThat(merged.leasableArea()).isEqualTo(parent.leasableArea());
        assertThat(merged.baseRent()).isEqualTo(parent.baseRent());
    }

    @Property(tries = 1000)
    void the_childrens_leasable_areas_always_sum_to_the_parents(@ForAll long seed,
            @ForAll @IntRange(min = 1, max = 6) int cuts, @ForAll @LongRange(min = 1, max = 1_000_000) long leasable) {
        Random r = new Random(seed);
        Polygon floor = RandomFloors.floor(r);
        List<Polygon> parts = RandomFloors.tiling(floor, r, cuts);
        if (parts.size() < 2) {
            return;
        }
        Stall parent = aStall("P1").outline(floor).leasable(Area.ofHundredths(leasable).toString()).build();
        SplitOutcome split = StallSplit.intoParts(parent, parts.stream().map(SplitPart::of).toList(),
                request("SPL-P"), StallNumbers.none(), GeometryPolicy.DEFAULTS);
        if (leasable < parts.size()) {
            // fewer hundredths than parts: some child would get nothing
            assertThat(split).isInstanceOf(SplitOutcome.Refused.class);
            return;
        }
        if (split instanceof SplitOutcome.Refused(ReshapeRefusal refusal)) {
            // a tiny leasable area can leave a small child with nothing; that is the only refusal allowed here
            assertThat(refusal.reason()).isEqualTo(ReshapeRefusal.Reason.TOO_SMALL);
            return;
        }
        List<Stall> children = ((SplitOutcome.Split) split).children();
        Area sum = children.stream().map(Stall::leasableArea).reduce(Area.ZERO, Area::plus);
        assertThat(sum).isEqualTo(parent.leasableArea());
        assertThat(children).allSatisfy(c -> assertThat(c.parents()).containsExactly(parent.no()));
    }
}
