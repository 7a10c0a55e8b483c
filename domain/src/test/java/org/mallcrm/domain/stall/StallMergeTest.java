package org.mallcrm.domain.stall;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mallcrm.fixtures.stall.ReshapeFixtures.a102;
import static org.mallcrm.fixtures.stall.ReshapeFixtures.a103;
import static org.mallcrm.fixtures.stall.ReshapeFixtures.aStall;
import static org.mallcrm.fixtures.stall.ReshapeFixtures.request;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.mallcrm.domain.geometry.Area;
import org.mallcrm.domain.geometry.Point;
import org.mallcrm.domain.geometry.Polygon;
import org.mallcrm.domain.money.Money;

/** Worked example A2 of domain-rules.md and the merge's other rules. */
class StallMergeTest {

    private static final StallNo NEW = StallNo.of("A102M");

    private static MergeOutcome.Merged merged(MergeOutcome o) {
        assertThat(o).isInstanceOf(MergeOutcome.Merged.class);
        return (MergeOutcome.Merged) o;
    }

    private static ReshapeRefusal refusal(MergeOutcome o) {
        assertThat(o).isInstanceOf(MergeOutcome.Refused.class);
        return ((MergeOutcome.Refused) o).refusal();
    }

    private static MergeOutcome merge(GeometryPolicy policy, Stall... stalls) {
        return StallMerge.of(List.of(stalls), NEW, Optional.empty(), request("MRG-0001"), StallNumbers.none(), policy);
    }

    @Test
    void a2_a102_and_a103_merge_into_one_48_square_metre_rectangle_at_160_yuan() {
        MergeOutcome.Merged m = merged(StallMerge.of(List.of(a102(), a103()), NEW, Optional.empty(), request("MRG-0001"), StallNumbers.none(), GeometryPolicy.DEFAULTS));
        assertThat(m.merged().outline()).isEqualTo(Polygon.rectangle(8000, 0, 16000, 6000));
        assertThat(m.merged().outline().vertices()).hasSize(4);
        assertThat(m.merged().outlineArea()).isEqualTo(Area.parse("48.00"));
        assertThat(m.merged().leasableArea()).isEqualTo(Area.parse("48.00"));
        assertThat(m.merged().baseRent()).isEqualTo(Money.parse("160.00"));
        assertThat(m.merged().status()).isEqualTo(StallStatus.VACANT);
        assertThat(m.merged().parents()).containsExactly(StallNo.of("A102"), StallNo.of("A103"));
        assertThat(m.parents()).allSatisfy(p -> {
            assertThat(p.status()).isEqualTo(StallStatus.MERGED);
            assertThat(p.children()).containsExactly(NEW);
        });
        assertThat(m.document().priceRule()).isEqualTo(MergePriceRule.WEIGHTED_AVERAGE);
        assertThat(m.document().parents()).containsExactly(StallNo.of("A102"), StallNo.of("A103"));
        assertThat(m.document().merged()).isEqualTo(NEW);
        assertThat(m.document().documentNo()).isEqualTo("MRG-0001");
        assertThat(m.document().approvedBy()).isEqualTo("li.na");
        assertThat(m.stallsToSave()).hasSize(3);
    }

    @Test
    void a2_stalls_with_no_contact_are_refused_as_not_adjacent() {
        Stall far = aStall("A104").rectangle(20000, 0, 24000, 6000).build();
        ReshapeRefusal r = refusal(merge(GeometryPolicy.DEFAULTS, a102(), far));
        assertThat(r.reason()).isEqualTo(ReshapeRefusal.Reason.NOT_ADJACENT);
    }

    @Test
    void a2_stalls_touching_only_at_a_corner_are_refused_as_corner_only() {
        Stall a = aStall("C1").rectangle(0, 0, 4000, 4000).build();
        Stall b = aStall("C2").rectangle(4000, 4000, 8000, 8000).build();
        ReshapeRefusal r = refusal(merge(GeometryPolicy.DEFAULTS, a, b));
        assertThat(r.reason()).isEqualTo(ReshapeRefusal.Reason.CORNER_ONLY);
        assertThat(r.stalls()).containsExactly(StallNo.of("C1"), StallNo.of("C2"));
    }

    @Test
    void a2_merging_a_leased_stall_is_refused_without_an_amendment() {
        Stall leased = aStall("A102").rectangle(8000, 0, 12000, 6000).status(StallStatus.LEASED).build();
        ReshapeRefusal r = refusal(merge(GeometryPolicy.DEFAULTS, leased, a103()));
        assertThat(r.reason()).isEqualTo(ReshapeRefusal.Reason.NOT_VACANT);
        assertThat(r.status()).contains(StallStatus.LEASED);
        assertThat(r.stalls()).containsExactly(StallNo.of("A102"));
    }

    @Test
    void a_shared_wall_shorter_than_the_minimum_is_not_adjacency() {
        Stall a = aStall("D1").rectangle(0, 0, 4000, 4000).build();
        Stall b = aStall("D2").rectangle(4000, 3600, 8000, 8000).build(); // shares 400 mm
        ReshapeRefusal r = refusal(merge(GeometryPolicy.DEFAULTS, a, b));
        assertThat(r.reason()).isEqualTo(ReshapeRefusal.Reason.NOT_ADJACENT);
        assertThat(r.detail()).contains("400 mm");
        // with 400 mm allowed the union is one stepped polygon
        MergeOutcome.Merged m = merged(merge(GeometryPolicy.DEFAULTS.withMinSharedEdgeMm(400), a, b));
        assertThat(m.merged().outline().vertices()).hasSize(8);
        // exactly 500 mm is enough
        Stall c = aStall("D3").rectangle(4000, 3500, 8000, 8000).build();
        assertThat(merge(GeometryPolicy.DEFAULTS, a, c)).isInstanceOf(MergeOutcome.Merged.class);
    }

    @Test
    void stalls_on_different_floors_are_refused() {
        Stall upstairs = aStall("A203").floor("2F").rectangle(12000, 0, 16000, 6000).build();
        assertThat(refusal(merge(GeometryPolicy.DEFAULTS, a102(), upstairs)).reason())
                .isEqualTo(ReshapeRefusal.Reason.DIFFERENT_FLOORS);
    }

    @Test
    void overlapping_stalls_are_refused() {
        Stall over = aStall("A199").rectangle(11000, 0, 15000, 6000).build();
        assertThat(refusal(merge(GeometryPolicy.DEFAULTS, a102(), over)).reason())
                .isEqualTo(ReshapeRefusal.Reason.OVERLAP);
    }

    @Test
    void a_ring_of_stalls_around_a_courtyard_is_not_one_polygon() {
        Stall s1 = aStall("R1").rectangle(0, 0, 3000, 1000).build();
        Stall s2 = aStall("R2").rectangle(2000, 1000, 3000, 3000).build();
        Stall s3 = aStall("R3").rectangle(0, 2000, 2000, 3000).build();
        Stall s4 = aStall("R4").rectangle(0, 1000, 1000, 2000).build();
        ReshapeRefusal r = refusal(merge(GeometryPolicy.DEFAULTS, s1, s2, s3, s4));
        assertThat(r.reason()).isEqualTo(ReshapeRefusal.Reason.NOT_ONE_POLYGON);
        assertThat(r.detail()).contains("HOLE");
    }

    @Test
    void a_chain_of_three_stalls_is_connected_through_the_middle_one() {
        Stall left = aStall("E1").rectangle(0, 0, 1000, 1000).leasable("1.00").baseRent("100.00").build();
        Stall right = aStall("E3").rectangle(2000, 0, 3000, 1000).leasable("1.00").baseRent("100.00").build();
        Stall middle = aStall("E2").rectangle(1000, 0, 2000, 1000).leasable("2.00").baseRent("130.00").build();
        MergeOutcome.Merged m = merged(merge(GeometryPolicy.DEFAULTS, left, right, middle));
        assertThat(m.merged().outline()).isEqualTo(Polygon.rectangle(0, 0, 3000, 1000));
        // (1 × 100 + 1 × 100 + 2 × 130) / 4 = 115.00
        assertThat(m.merged().baseRent()).isEqualTo(Money.parse("115.00"));
        assertThat(m.merged().leasableArea()).isEqualTo(Area.parse("4.00"));
    }

    @Test
    void the_weighted_average_rounds_half_up_to_the_fen() {
        // (1.00 × 100.00 + 2.00 × 100.01) / 3.00 = 100.00666… → 100.01; (2.00 × 100.00 + 1.00 × 100.01) / 3 → 100.00
        Stall a = aStall("F1").rectangle(0, 0, 1000, 1000).leasable("1.00").baseRent("100.00").build();
        Stall b = aStall("F2").rectangle(1000, 0, 2000, 1000).leasable("2.00").baseRent("100.01").build();
        assertThat(merged(merge(GeometryPolicy.DEFAULTS, a, b)).merged().baseRent()).isEqualTo(Money.parse("100.01"));
        Stall c = aStall("F3").rectangle(0, 0, 1000, 1000).leasable("2.00").baseRent("100.00").build();
        Stall d = aStall("F4").rectangle(1000, 0, 2000, 1000).leasable("1.00").baseRent("100.01").build();
        assertThat(merged(merge(GeometryPolicy.DEFAULTS, c, d)).merged().baseRent()).isEqualTo(Money.parse("100.00"));
        // exactly half a fen rounds up: (1 × 0.01 + 1 × 0.00) / 2 = 0.005 → 0.01
        Stall e = aStall("F5").rectangle(0, 0, 1000, 1000).leasable("1.00").baseRent("0.01").build();
        Stall f = aStall("F6").rectangle(1000, 0, 2000, 1000).leasable("1.00").baseRent("0.00").build();
        assertThat(merged(merge(GeometryPolicy.DEFAULTS, e, f)).merged().baseRent()).isEqualTo(Money.parse("0.01"));
    }

    @Test
    void the_price_rule_can_take_the_max_the_min_or_a_manual_price() {
        assertThat(merged(merge(GeometryPolicy.DEFAULTS.withMergePriceRule(MergePriceRule.MAX), a102(), a103()))
                .merged().baseRent()).isEqualTo(Money.parse("170.00"));
        assertThat(merged(merge(GeometryPolicy.DEFAULTS.withMergePriceRule(MergePriceRule.MIN), a102(), a103()))
                .merged().baseRent()).isEqualTo(Money.parse("150.00"));
        MergeOutcome.Merged manual = merged(StallMerge.of(List.of(a102(), a103()), NEW,
                Optional.of(Money.parse("165.50")), request("MRG-0002"), StallNumbers.none(), GeometryPolicy.DEFAULTS));
        assertThat(manual.merged().baseRent()).isEqualTo(Money.parse("165.50"));
        assertThat(manual.document().priceRule()).isEqualTo(MergePriceRule.MANUAL);
        assertThat(refusal(merge(GeometryPolicy.DEFAULTS.withMergePriceRule(MergePriceRule.MANUAL), a102(), a103()))
                .reason()).isEqualTo(ReshapeRefusal.Reason.PRICE_REQUIRED);
    }

    @Test
    void the_new_number_must_be_free() {
        Stall holder = aStall("A102M").rectangle(30000, 0, 31000, 1000).build();
        assertThat(refusal(StallMerge.of(List.of(a102(), a103()), NEW, Optional.empty(), request("MRG-0003"),
                StallNumbers.of(List.of(holder)), GeometryPolicy.DEFAULTS)).reason())
                .isEqualTo(ReshapeRefusal.Reason.DUPLICATE_NUMBER);
        // a parent's number is not reused by default, but may be when the mall reuses numbers
        assertThat(refusal(StallMerge.of(List.of(a102(), a103()), StallNo.of("A102"), Optional.empty(),
                request("MRG-0004"), StallNumbers.none(), GeometryPolicy.DEFAULTS)).reason())
                .isEqualTo(ReshapeRefusal.Reason.DUPLICATE_NUMBER);
        assertThat(StallMerge.of(List.of(a102(), a103()), StallNo.of("A102"), Optional.empty(), request("MRG-0004"),
                StallNumbers.none(), GeometryPolicy.DEFAULTS.withReuseNumbers(true)))
                .isInstanceOf(MergeOutcome.Merged.class);
    }

    @Test
    void a_retired_stall_cannot_be_merged_again() {
        Stall retired = aStall("A103").rectangle(12000, 0, 16000, 6000).status(StallStatus.SPLIT).build();
        assertThat(refusal(merge(GeometryPolicy.DEFAULTS, a102(), retired)).reason())
                .isEqualTo(ReshapeRefusal.Reason.RETIRED);
    }

    @Test
    void one_stall_or_the_same_stall_twice_is_not_a_merge() {
        assertThat(refusal(merge(GeometryPolicy.DEFAULTS, a102())).reason())
                .isEqualTo(ReshapeRefusal.Reason.TOO_FEW_PARTS);
        assertThat(refusal(merge(GeometryPolicy.DEFAULTS, a102(), a102())).reason())
                .isEqualTo(ReshapeRefusal.Reason.DUPLICATE_NUMBER);
    }

    @Test
    void an_l_shaped_stall_and_the_stall_in_its_notch_merge_into_a_rectangle() {
        Polygon l = Polygon.of(new Point(0, 0), new Point(6000, 0), new Point(6000, 2000), new Point(2000, 2000),
                new Point(2000, 5000), new Point(0, 5000));
        Stall a = aStall("G1").outline(l).leasable("18.00").build();
        Stall b = aStall("G2").rectangle(2000, 2000, 6000, 5000).leasable("12.00").build();
        MergeOutcome.Merged m = merged(merge(GeometryPolicy.DEFAULTS, a, b));
        assertThat(m.merged().outline()).isEqualTo(Polygon.rectangle(0, 0, 6000, 5000));
        assertThat(m.merged().leasableArea()).isEqualTo(Area.parse("30.00"));
    }
}
