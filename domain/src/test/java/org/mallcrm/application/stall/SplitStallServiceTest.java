package org.mallcrm.application.stall;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mallcrm.application.stall.ReshapeWorld.APPROVAL;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.mallcrm.application.stall.port.in.Approval;
import org.mallcrm.application.stall.port.in.ReshapeResult;
import org.mallcrm.application.stall.port.in.SplitStallCommand;
import org.mallcrm.domain.geometry.Area;
import org.mallcrm.domain.geometry.Axis;
import org.mallcrm.domain.geometry.Polygon;
import org.mallcrm.domain.geometry.Wkt;
import org.mallcrm.domain.lease.LeaseNo;
import org.mallcrm.domain.stall.ReshapeRefusal;
import org.mallcrm.domain.stall.SplitPart;
import org.mallcrm.domain.stall.Stall;
import org.mallcrm.domain.stall.StallNo;
import org.mallcrm.domain.stall.StallSplit;
import org.mallcrm.domain.stall.StallStatus;
import org.mallcrm.fixtures.stall.ReshapeFixtures;

class SplitStallServiceTest {

    private final ReshapeWorld world = new ReshapeWorld().with(ReshapeFixtures.a101());

    private ReshapeResult cut(String no, Axis axis, long at) {
        return world.split.split(new SplitStallCommand(StallNo.of(no), new SplitStallCommand.ByCut(axis, at),
                APPROVAL));
    }

    private ReshapeResult parts(String no, SplitPart... parts) {
        return world.split.split(new SplitStallCommand(StallNo.of(no), new SplitStallCommand.IntoParts(
                List.of(parts)), APPROVAL));
    }

    private static SplitPart part(String wkt) {
        return SplitPart.of(Wkt.parsePolygon(wkt));
    }

    @Test
    void a1_a_cut_at_x_2600_saves_two_vacant_children_the_retired_parent_and_the_document_in_one_transaction() {
        ReshapeResult r = cut("A101", Axis.X, 2600);

        ReshapeResult.Filed filed = (ReshapeResult.Filed) r;
        assertThat(world.unitOfWork.transactions()).isEqualTo(1);
        Stall left = world.stall("A101-1");
        Stall right = world.stall("A101-2");
        assertThat(left.leasableArea()).isEqualTo(Area.parse("14.79"));
        assertThat(right.leasableArea()).isEqualTo(Area.parse("30.71"));
        assertThat(left.monthlyBaseRent().toString()).isEqualTo("2662.20");
        assertThat(right.monthlyBaseRent().toString()).isEqualTo("5527.80");
        assertThat(left.outline()).isEqualTo(Polygon.rectangle(0, 0, 2600, 5000));
        assertThat(left.status()).isEqualTo(StallStatus.VACANT);
        assertThat(left.parents()).containsExactly(StallNo.of("A101"));
        Stall parent = world.stall("A101");
        assertThat(parent.status()).isEqualTo(StallStatus.SPLIT);
        assertThat(parent.children()).containsExactly(StallNo.of("A101-1"), StallNo.of("A101-2"));

        StallSplit doc = (StallSplit) filed.document();
        assertThat(doc.documentNo()).isEqualTo("SPL-2026-0001");
        assertThat(doc.requestedBy()).isEqualTo("zhang.wei");
        assertThat(doc.approvedBy()).isEqualTo("li.na");
        assertThat(doc.approvedAt()).isEqualTo(world.clock.now());
        assertThat(doc.effectiveOn()).isEqualTo(LocalDate.of(2026, 3, 1));
        assertThat(doc.cut()).contains(new StallSplit.Cut(Axis.X, 2600));
        assertThat(world.documents.find("SPL-2026-0001")).contains(doc);
        assertThat(filed.result()).extracting(s -> s.no().value()).containsExactly("A101-1", "A101-2");
    }

    @Test
    void a1_a_three_way_split_of_10_10_20_m2_apportions_45_50_by_largest_remainder() {
        world.with(ReshapeFixtures.aStall("T1").rectangle(0, 10_000, 8000, 15_000).leasable("45.50").build());

        ReshapeResult r = parts("T1",
                part("POLYGON((0 10000, 2000 10000, 2000 15000, 0 15000, 0 10000))"),
                part("POLYGON((2000 10000, 4000 10000, 4000 15000, 2000 15000, 2000 10000))"),
                part("POLYGON((4000 10000, 8000 10000, 8000 15000, 4000 15000, 4000 10000))"));

        assertThat(r).isInstanceOf(ReshapeResult.Filed.class);
        assertThat(List.of(world.stall("T1-1"), world.stall("T1-2"), world.stall("T1-3")))
                .extracting(s -> s.leasableArea().toString()).containsExactly("11.38", "11.37", "22.75");
    }

    @Test
    void a_straight_cut_through_an_l_shaped_stall_is_exact() {
        world.with(ReshapeFixtures.aStall("L1")
                .wkt("POLYGON((20000 0, 26000 0, 26000 3000, 23000 3000, 23000 6000, 20000 6000, 20000 0))")
                .leasable("27.00").build());

        assertThat(cut("L1", Axis.X, 22000)).isInstanceOf(ReshapeResult.Filed.class);

        Stall lower = world.stall("L1-1");
        Stall upper = world.stall("L1-2");
        assertThat(lower.outline().sameShape(Polygon.rectangle(20000, 0, 22000, 6000))).isTrue();
        assertThat(upper.outline().sameShape(Wkt.parsePolygon(
                "POLYGON((22000 0, 26000 0, 26000 3000, 23000 3000, 23000 6000, 22000 6000, 22000 0))"))).isTrue();
        assertThat(lower.outlineArea()).isEqualTo(Area.parse("12.00"));
        assertThat(upper.outlineArea()).isEqualTo(Area.parse("15.00"));
        assertThat(lower.leasableArea()).isEqualTo(Area.parse("12.00"));
        assertThat(upper.leasableArea()).isEqualTo(Area.parse("15.00"));
    }

    @Test
    void parts_leaving_a_gap_are_refused_and_nothing_changes() {
        List<Stall> before = world.snapshot();

        ReshapeResult r = parts("A101", part("POLYGON((0 0, 2600 0, 2600 5000, 0 5000, 0 0))"),
                part("POLYGON((3000 0, 8000 0, 8000 5000, 3000 5000, 3000 0))"));

        assertThat(((ReshapeResult.Refused) r).refusal().reason()).isEqualTo(ReshapeRefusal.Reason.GAP);
        assertThat(world.snapshot()).isEqualTo(before);
        assertThat(world.documents.size()).isZero();
    }

    @Test
    void overlapping_parts_are_refused_and_nothing_changes() {
        List<Stall> before = world.snapshot();

        ReshapeResult r = parts("A101", part("POLYGON((0 0, 3000 0, 3000 5000, 0 5000, 0 0))"),
                part("POLYGON((2600 0, 8000 0, 8000 5000, 2600 5000, 2600 0))"));

        assertThat(((ReshapeResult.Refused) r).refusal().reason()).isEqualTo(ReshapeRefusal.Reason.OVERLAP);
        assertThat(world.snapshot()).isEqualTo(before);
        assertThat(world.documents.size()).isZero();
    }

    @Test
    void splitting_a_leased_stall_is_refused_and_nothing_changes() {
        world.with(ReshapeFixtures.aStall("B1").rectangle(0, 10_000, 8000, 15_000).status(StallStatus.LEASED)
                .build());
        List<Stall> before = world.snapshot();

        ReshapeResult r = cut("B1", Axis.X, 2600);

        ReshapeRefusal refusal = ((ReshapeResult.Refused) r).refusal();
        assertThat(refusal.reason()).isEqualTo(ReshapeRefusal.Reason.NOT_VACANT);
        assertThat(refusal.status()).contains(StallStatus.LEASED);
        assertThat(refusal.detail()).contains("lease amendment");
        assertThat(world.snapshot()).isEqualTo(before);
        assertThat(world.documents.size()).isZero();
    }

    @Test
    void a_vacant_stall_under_a_lease_running_on_or_after_the_effective_date_is_refused() {
        world.leases.put(StallNo.of("A101"), new ReshapeWorld.Lease(LeaseNo.of("L-2026-0009"),
                LocalDate.of(2026, 3, 1)));
        List<Stall> before = world.snapshot();

        ReshapeResult r = cut("A101", Axis.X, 2600);

        ReshapeRefusal refusal = ((ReshapeResult.Refused) r).refusal();
        assertThat(refusal.reason()).isEqualTo(ReshapeRefusal.Reason.NOT_VACANT);
        assertThat(refusal.detail()).contains("L-2026-0009").contains("2026-03-01");
        assertThat(world.snapshot()).isEqualTo(before);
        assertThat(world.documents.size()).isZero();
    }

    @Test
    void a_lease_ending_before_the_effective_date_does_not_hold_the_stall() {
        world.leases.put(StallNo.of("A101"), new ReshapeWorld.Lease(LeaseNo.of("L-2025-0001"),
                LocalDate.of(2026, 2, 28)));

        assertThat(cut("A101", Axis.X, 2600)).isInstanceOf(ReshapeResult.Filed.class);
    }

    @Test
    void a_reserved_stall_is_refused() {
        world.with(ReshapeFixtures.aStall("R1").rectangle(0, 10_000, 8000, 15_000).status(StallStatus.RESERVED)
                .build());

        ReshapeResult r = cut("R1", Axis.X, 2600);

        assertThat(((ReshapeResult.Refused) r).refusal().status()).contains(StallStatus.RESERVED);
    }

    @Test
    void an_unknown_stall_is_not_found_and_nothing_is_filed() {
        assertThat(cut("NOPE", Axis.X, 1)).isEqualTo(new ReshapeResult.NotFound(StallNo.of("NOPE")));
        assertThat(world.documents.size()).isZero();
    }

    @Test
    void documents_are_numbered_in_sequence_by_kind_and_year_and_default_to_today() {
        world.with(ReshapeFixtures.aStall("T1").rectangle(0, 10_000, 8000, 15_000).build());
        world.split.split(new SplitStallCommand(StallNo.of("A101"), new SplitStallCommand.ByCut(Axis.X, 2600),
                Approval.by("ops")));
        world.split.split(new SplitStallCommand(StallNo.of("T1"), new SplitStallCommand.ByCut(Axis.Y, 12_000),
                Approval.by("ops")));

        assertThat(world.documents.find("SPL-2026-0002")).isPresent();
        assertThat(world.documents.find("SPL-2026-0002").orElseThrow().effectiveOn())
                .isEqualTo(LocalDate.of(2026, 2, 20));
        assertThat(world.documents.find("SPL-2026-0002").orElseThrow().request().requestedBy()).isEqualTo("ops");
    }

    @Test
    void a_cut_that_misses_the_stall_is_refused() {
        ReshapeResult r = cut("A101", Axis.Y, 9000);
        assertThat(((ReshapeResult.Refused) r).refusal().reason()).isEqualTo(ReshapeRefusal.Reason.CUT_MISSES);
        assertThat(world.stall("A101").status()).isEqualTo(StallStatus.VACANT);
    }

    @Test
    void named_parts_with_a_surveyed_area_keep_the_names_and_the_figure() {
        ReshapeResult r = parts("A101",
                new SplitPart(Optional.of(StallNo.of("A101W")), Polygon.rectangle(0, 0, 2600, 5000),
                        Optional.of(Area.parse("15.00"))),
                SplitPart.named(StallNo.of("A101E"), Polygon.rectangle(2600, 0, 8000, 5000)));

        assertThat(r).isInstanceOf(ReshapeResult.Filed.class);
        assertThat(world.stall("A101W").leasableArea()).isEqualTo(Area.parse("15.00"));
        assertThat(world.stall("A101E").leasableArea()).isEqualTo(Area.parse("30.50"));
    }
}
