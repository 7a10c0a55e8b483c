package org.mallcrm.domain.stall;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mallcrm.fixtures.stall.ReshapeFixtures.a101;
import static org.mallcrm.fixtures.stall.ReshapeFixtures.aStall;
import static org.mallcrm.fixtures.stall.ReshapeFixtures.request;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.mallcrm.domain.geometry.Area;
import org.mallcrm.domain.geometry.Axis;
import org.mallcrm.domain.geometry.Point;
import org.mallcrm.domain.geometry.Polygon;
import org.mallcrm.domain.money.Money;

/** Worked example A1 of domain-rules.md and the split's other rules. */
class StallSplitTest {

    private static SplitOutcome.Split split(SplitOutcome o) {
        assertThat(o).isInstanceOf(SplitOutcome.Split.class);
        return (SplitOutcome.Split) o;
    }

    private static ReshapeRefusal refusal(SplitOutcome o) {
        assertThat(o).isInstanceOf(SplitOutcome.Refused.class);
        return ((SplitOutcome.Refused) o).refusal();
    }

    @Test
    void a1_cut_at_x_2600_gives_13_and_27_square_metres_with_leasable_14_79_and_30_71() {
        SplitOutcome.Split s = split(StallSplit.byCut(a101(), Axis.X, 2600, request("SPL-0001"), StallNumbers.none(), GeometryPolicy.DEFAULTS));

        Stall first = s.children().get(0);
        Stall second = s.children().get(1);
        assertThat(first.no()).isEqualTo(StallNo.of("A101-1"));
        assertThat(second.no()).isEqualTo(StallNo.of("A101-2"));
        assertThat(first.outline()).isEqualTo(Polygon.rectangle(0, 0, 2600, 5000));
        assertThat(second.outline()).isEqualTo(Polygon.rectangle(2600, 0, 8000, 5000));
        assertThat(first.outlineArea()).isEqualTo(Area.parse("13.00"));
        assertThat(second.outlineArea()).isEqualTo(Area.parse("27.00"));
        assertThat(first.leasableArea()).isEqualTo(Area.parse("14.79"));
        assertThat(second.leasableArea()).isEqualTo(Area.parse("30.71"));
        assertThat(first.leasableArea().plus(second.leasableArea())).isEqualTo(Area.parse("45.50"));
    }

    @Test
    void a1_children_rents_are_2662_20_and_5527_80_summing_to_the_parents_8190_00() {
        SplitOutcome.Split s = split(StallSplit.byCut(a101(), Axis.X, 2600, request("SPL-0001"), StallNumbers.none(), GeometryPolicy.DEFAULTS));
        Money r1 = Rent.monthly(s.children().get(0).leasableArea(), s.children().get(0).baseRent());
        Money r2 = Rent.monthly(s.children().get(1).leasableArea(), s.children().get(1).baseRent());
        assertThat(r1).isEqualTo(Money.parse("2662.20"));
        assertThat(r2).isEqualTo(Money.parse("5527.80"));
        assertThat(r1.plus(r2)).isEqualTo(a101().monthlyBaseRent()).isEqualTo(Money.parse("8190.00"));
    }

    @Test
    void a1_the_parent_becomes_split_and_the_children_vacant_with_the_parent_recorded() {
        SplitOutcome.Split s = split(StallSplit.byCut(a101(), Axis.X, 2600, request("SPL-0001"), StallNumbers.none(), GeometryPolicy.DEFAULTS));
        assertThat(s.parent().status()).isEqualTo(StallStatus.SPLIT);
        assertThat(s.parent().children()).containsExactly(StallNo.of("A101-1"), StallNo.of("A101-2"));
        assertThat(s.parent().outline()).isEqualTo(a101().outline());
        for (Stall child : s.children()) {
            assertThat(child.status()).isEqualTo(StallStatus.VACANT);
            assertThat(child.parents()).containsExactly(StallNo.of("A101"));
            assertThat(child.baseRent()).isEqualTo(Money.parse("180.00"));
            assertThat(child.businessType()).isEqualTo(a101().businessType());
            assertThat(child.zone()).isEqualTo(a101().zone());
            assertThat(child.floor()).isEqualTo(a101().floor());
        }
        assertThat(s.stallsToSave()).hasSize(3);
        StallSplit doc = s.document();
        assertThat(doc.parent()).isEqualTo(StallNo.of("A101"));
        assertThat(doc.children()).containsExactly(StallNo.of("A101-1"), StallNo.of("A101-2"));
        assertThat(doc.childAreas()).containsExactly(Area.parse("14.79"), Area.parse("30.71"));
        assertThat(doc.cut()).contains(new StallSplit.Cut(Axis.X, 2600));
        assertThat(doc.documentNo()).isEqualTo("SPL-0001");
        assertThat(doc.requestedBy()).isEqualTo("zhang.wei");
        assertThat(doc.approvedBy()).isEqualTo("li.na");
        assertThat(doc.requestedAt()).isEqualTo(Instant.parse("2026-02-20T02:00:00Z"));
        assertThat(doc.approvedAt()).isEqualTo(Instant.parse("2026-02-20T02:01:00Z"));
        assertThat(doc.effectiveOn()).isEqualTo(LocalDate.of(2026, 3, 1));
    }

    @Test
    void a1_three_way_split_of_10_10_20_square_metres_gives_11_38_11_37_22_75() {
        List<SplitPart> parts = List.of(SplitPart.of(Polygon.rectangle(0, 0, 2000, 5000)),
                SplitPart.of(Polygon.rectangle(2000, 0, 4000, 5000)),
                SplitPart.of(Polygon.rectangle(4000, 0, 8000, 5000)));
        SplitOutcome.Split s = split(StallSplit.intoParts(a101(), parts, request("SPL-0002"), StallNumbers.none(),
                GeometryPolicy.DEFAULTS));
        assertThat(s.children()).extracting(Stall::leasableArea)
                .containsExactly(Area.parse("11.38"), Area.parse("11.37"), Area.parse("22.75"));
        assertThat(s.children()).extracting(Stall::no).containsExactly(StallNo.of("A101-1"), StallNo.of("A101-2"),
                StallNo.of("A101-3"));
    }

    @Test
    void a_cut_at_y_numbers_the_lower_side_first() {
        SplitOutcome.Split s = split(StallSplit.byCut(a101(), Axis.Y, 1000, request("SPL-0003"), StallNumbers.none(), GeometryPolicy.DEFAULTS));
        assertThat(s.children().get(0).outline()).isEqualTo(Polygon.rectangle(0, 0, 8000, 1000));
        assertThat(s.children().get(0).no()).isEqualTo(StallNo.of("A101-1"));
    }

    @Test
    void an_l_shaped_stall_is_cut_exactly() {
        Polygon l = Polygon.of(new Point(0, 0), new Point(6000, 0), new Point(6000, 2000), new Point(2000, 2000),
                new Point(2000, 5000), new Point(0, 5000));
        Stall stall = aStall("B201").outline(l).leasable("20.00").baseRent("200.00").build();
        SplitOutcome.Split s = split(StallSplit.byCut(stall, Axis.X, 4000, request("SPL-0004"), StallNumbers.none(), GeometryPolicy.DEFAULTS));
        assertThat(s.children().get(0).outline()).isEqualTo(Polygon.of(new Point(0, 0), new Point(4000, 0),
                new Point(4000, 2000), new Point(2000, 2000), new Point(2000, 5000), new Point(0, 5000)));
        assertThat(s.children().get(1).outline()).isEqualTo(Polygon.rectangle(4000, 0, 6000, 2000));
        // 14 m² and 4 m² of an 18 m² outline share 20.00 m² leasable: 15.56 and 4.44
        assertThat(s.children()).extracting(Stall::leasableArea)
                .containsExactly(Area.parse("15.56"), Area.parse("4.44"));
    }

    @Test
    void a_cut_through_both_arms_of_a_u_shaped_stall_is_refused() {
        Polygon u = Polygon.of(new Point(0, 0), new Point(9000, 0), new Point(9000, 6000), new Point(6000, 6000),
                new Point(6000, 2000), new Point(3000, 2000), new Point(3000, 6000), new Point(0, 6000));
        Stall stall = aStall("B202").outline(u).build();
        ReshapeRefusal r = refusal(StallSplit.byCut(stall, Axis.Y, 4000, request("SPL-0005"), StallNumbers.none(), GeometryPolicy.DEFAULTS));
        assertThat(r.reason()).isEqualTo(ReshapeRefusal.Reason.MORE_THAN_TWO_PIECES);
        assertThat(r.detail()).contains("3 pieces");
    }

    @Test
    void a_cut_missing_the_stall_is_refused() {
        assertThat(refusal(StallSplit.byCut(a101(), Axis.X, 9000, request("SPL-0006"), StallNumbers.none(), GeometryPolicy.DEFAULTS)).reason())
                .isEqualTo(ReshapeRefusal.Reason.CUT_MISSES);
    }

    @Test
    void splitting_a_leased_stall_is_refused_and_says_it_is_leased() {
        Stall leased = aStall("A101").rectangle(0, 0, 8000, 5000).status(StallStatus.LEASED).build();
        ReshapeRefusal r = refusal(StallSplit.byCut(leased, Axis.X, 2600, request("SPL-0007"), StallNumbers.none(), GeometryPolicy.DEFAULTS));
        assertThat(r.reason()).isEqualTo(ReshapeRefusal.Reason.NOT_VACANT);
        assertThat(r.status()).contains(StallStatus.LEASED);
        assertThat(r.detail()).contains("lease amendment");
    }

    @Test
    void splitting_a_reserved_or_renovating_stall_is_refused_naming_the_status() {
        for (StallStatus st : List.of(StallStatus.RESERVED, StallStatus.RENOVATING)) {
            Stall s = aStall("A101").status(st).build();
            ReshapeRefusal r = refusal(StallSplit.byCut(s, Axis.X, 2600, request("SPL-0008"), StallNumbers.none(), GeometryPolicy.DEFAULTS));
            assertThat(r.reason()).isEqualTo(ReshapeRefusal.Reason.NOT_VACANT);
            assertThat(r.status()).contains(st);
        }
    }

    @Test
    void splitting_a_retired_stall_is_refused() {
        Stall s = aStall("A101").status(StallStatus.MERGED).build();
        assertThat(refusal(StallSplit.byCut(s, Axis.X, 2600, request("SPL-0009"), StallNumbers.none(), GeometryPolicy.DEFAULTS)).reason())
                .isEqualTo(ReshapeRefusal.Reason.RETIRED);
    }

    @Test
    void parts_leaving_a_gap_are_refused() {
        ReshapeRefusal r = refusal(StallSplit.intoParts(a101(), List.of(SplitPart.of(Polygon.rectangle(0, 0, 2600, 5000)),
                SplitPart.of(Polygon.rectangle(2700, 0, 8000, 5000))), request("SPL-0010"), StallNumbers.none(),
                GeometryPolicy.DEFAULTS));
        assertThat(r.reason()).isEqualTo(ReshapeRefusal.Reason.GAP);
        assertThat(r.detail()).contains("0.50 m²");
    }

    @Test
    void overlapping_parts_are_refused() {
        assertThat(refusal(StallSplit.intoParts(a101(), List.of(SplitPart.of(Polygon.rectangle(0, 0, 2600, 5000)),
                SplitPart.of(Polygon.rectangle(2500, 0, 8000, 5000))), request("SPL-0011"), StallNumbers.none(),
                GeometryPolicy.DEFAULTS)).reason()).isEqualTo(ReshapeRefusal.Reason.OVERLAP);
    }

    @Test
    void a_part_outside_the_parent_is_refused() {
        ReshapeRefusal r = refusal(StallSplit.intoParts(a101(), List.of(SplitPart.of(Polygon.rectangle(0, 0, 2600, 5000)),
                SplitPart.of(Polygon.rectangle(2600, 0, 8000, 5500))), request("SPL-0012"), StallNumbers.none(),
                GeometryPolicy.DEFAULTS));
        assertThat(r.reason()).isEqualTo(ReshapeRefusal.Reason.OUTSIDE_PARENT);
        assertThat(r.stalls()).containsExactly(StallNo.of("A101-2"));
    }

    @Test
    void a_child_under_the_minimum_area_is_refused() {
        // 0.5 m × 5 m = 2.5 m² passes the default 1 m²; 0.1 m × 5 m = 0.5 m² does not
        assertThat(StallSplit.byCut(a101(), Axis.X, 500, request("SPL-0013"), StallNumbers.none(), GeometryPolicy.DEFAULTS)).isInstanceOf(SplitOutcome.Split.class);
        ReshapeRefusal r = refusal(StallSplit.byCut(a101(), Axis.X, 100, request("SPL-0014"), StallNumbers.none(), GeometryPolicy.DEFAULTS));
        assertThat(r.reason()).isEqualTo(ReshapeRefusal.Reason.TOO_SMALL);
        // a stricter mall
        GeometryPolicy strict = GeometryPolicy.DEFAULTS.withMinChildArea(Area.parse("3.00"));
        assertThat(refusal(StallSplit.byCut(a101(), Axis.X, 500, request("SPL-0015"), StallNumbers.none(), strict))
                .reason()).isEqualTo(ReshapeRefusal.Reason.TOO_SMALL);
    }

    @Test
    void exactly_the_minimum_area_is_allowed() {
        // 200 mm × 5000 mm = 1.00 m²
        assertThat(StallSplit.byCut(a101(), Axis.X, 200, request("SPL-0016"), StallNumbers.none(), GeometryPolicy.DEFAULTS)).isInstanceOf(SplitOutcome.Split.class);
    }

    @Test
    void named_parts_keep_their_numbers() {
        SplitOutcome.Split s = split(StallSplit.intoParts(a101(), List.of(
                SplitPart.named(StallNo.of("A101A"), Polygon.rectangle(0, 0, 2600, 5000)),
                SplitPart.named(StallNo.of("A101B"), Polygon.rectangle(2600, 0, 8000, 5000))),
                request("SPL-0017"), StallNumbers.none(), GeometryPolicy.DEFAULTS));
        assertThat(s.children()).extracting(Stall::no).containsExactly(StallNo.of("A101A"), StallNo.of("A101B"));
    }

    @Test
    void a_child_number_already_in_use_is_refused() {
        Stall other = aStall("A101-2").rectangle(20000, 0, 25000, 5000).build();
        ReshapeRefusal r = refusal(StallSplit.byCut(a101(), Axis.X, 2600, request("SPL-0018"),
                StallNumbers.of(List.of(a101(), other)), GeometryPolicy.DEFAULTS));
        assertThat(r.reason()).isEqualTo(ReshapeRefusal.Reason.DUPLICATE_NUMBER);
        assertThat(r.stalls()).containsExactly(StallNo.of("A101-2"));
    }

    @Test
    void a_retired_number_is_reused_only_when_the_policy_allows() {
        Stall retired = aStall("A101-1").status(StallStatus.SPLIT).rectangle(20000, 0, 25000, 5000).build();
        StallNumbers existing = StallNumbers.of(List.of(retired));
        assertThat(refusal(StallSplit.byCut(a101(), Axis.X, 2600, request("SPL-0019"), existing,
                GeometryPolicy.DEFAULTS)).reason()).isEqualTo(ReshapeRefusal.Reason.DUPLICATE_NUMBER);
        assertThat(StallSplit.byCut(a101(), Axis.X, 2600, request("SPL-0019"), existing,
                GeometryPolicy.DEFAULTS.withReuseNumbers(true))).isInstanceOf(SplitOutcome.Split.class);
    }

    @Test
    void the_same_number_for_two_parts_is_refused() {
        assertThat(refusal(StallSplit.intoParts(a101(), List.of(
                SplitPart.named(StallNo.of("X1"), Polygon.rectangle(0, 0, 2600, 5000)),
                SplitPart.named(StallNo.of("X1"), Polygon.rectangle(2600, 0, 8000, 5000))),
                request("SPL-0020"), StallNumbers.none(), GeometryPolicy.DEFAULTS)).reason())
                .isEqualTo(ReshapeRefusal.Reason.DUPLICATE_NUMBER);
    }

    @Test
    void surveyed_areas_override_the_apportioned_ones() {
        List<SplitPart> all = List.of(SplitPart.of(Polygon.rectangle(0, 0, 2600, 5000)).surveyed(Area.parse("15.00")),
                SplitPart.of(Polygon.rectangle(2600, 0, 8000, 5000)).surveyed(Area.parse("31.20")));
        assertThat(split(StallSplit.intoParts(a101(), all, request("SPL-0021"), StallNumbers.none(),
                GeometryPolicy.DEFAULTS)).children()).extracting(Stall::leasableArea)
                .containsExactly(Area.parse("15.00"), Area.parse("31.20"));
        // one surveyed: the others share what is left
        List<SplitPart> some = List.of(SplitPart.of(Polygon.rectangle(0, 0, 2000, 5000)).surveyed(Area.parse("12.00")),
                SplitPart.of(Polygon.rectangle(2000, 0, 4000, 5000)),
                SplitPart.of(Polygon.rectangle(4000, 0, 8000, 5000)));
        assertThat(split(StallSplit.intoParts(a101(), some, request("SPL-0022"), StallNumbers.none(),
                GeometryPolicy.DEFAULTS)).children()).extracting(Stall::leasableArea)
                .containsExactly(Area.parse("12.00"), Area.parse("11.17"), Area.parse("22.33"));
    }

    @Test
    void surveyed_areas_that_leave_nothing_for_the_other_parts_are_refused() {
        List<SplitPart> some = List.of(SplitPart.of(Polygon.rectangle(0, 0, 2600, 5000)).surveyed(Area.parse("45.50")),
                SplitPart.of(Polygon.rectangle(2600, 0, 8000, 5000)));
        assertThat(refusal(StallSplit.intoParts(a101(), some, request("SPL-0023"), StallNumbers.none(),
                GeometryPolicy.DEFAULTS)).reason()).isEqualTo(ReshapeRefusal.Reason.SURVEY_EXCEEDS_PARENT);
    }

    @Test
    void a_single_part_is_not_a_split() {
        assertThat(refusal(StallSplit.intoParts(a101(), List.of(SplitPart.of(a101().outline())), request("SPL-0024"),
                StallNumbers.none(), GeometryPolicy.DEFAULTS)).reason()).isEqualTo(ReshapeRefusal.Reason.TOO_FEW_PARTS);
    }

    @Test
    void a_parent_number_too_long_for_suffixes_is_refused_rather_than_crashing() {
        Stall s = aStall("A".repeat(40)).rectangle(0, 0, 8000, 5000).build();
        assertThat(refusal(StallSplit.byCut(s, Axis.X, 2600, request("SPL-0025"), StallNumbers.none(), GeometryPolicy.DEFAULTS)).reason())
                .isEqualTo(ReshapeRefusal.Reason.INVALID_NUMBER);
    }

    @Test
    void a_request_cannot_be_approved_before_it_was_asked() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new StallRequest("D1", "a",
                Instant.parse("2026-02-20T02:00:00Z"), "b", Instant.parse("2026-02-20T01:00:00Z"),
                LocalDate.of(2026, 3, 1))).isInstanceOf(IllegalArgumentException.class);
        assertThat(Optional.of(request("D1").effectiveOn())).contains(LocalDate.of(2026, 3, 1));
    }
}
