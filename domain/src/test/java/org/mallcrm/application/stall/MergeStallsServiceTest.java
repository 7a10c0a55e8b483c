package org.mallcrm.application.stall;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mallcrm.application.stall.ReshapeWorld.APPROVAL;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.mallcrm.application.stall.port.in.MergeStallsCommand;
import org.mallcrm.application.stall.port.in.ReshapeResult;
import org.mallcrm.domain.geometry.Area;
import org.mallcrm.domain.geometry.Polygon;
import org.mallcrm.domain.lease.LeaseNo;
import org.mallcrm.domain.money.Money;
import org.mallcrm.domain.stall.MergePriceRule;
import org.mallcrm.domain.stall.ReshapeRefusal;
import org.mallcrm.domain.stall.Stall;
import org.mallcrm.domain.stall.StallMerge;
import org.mallcrm.domain.stall.StallNo;
import org.mallcrm.domain.stall.StallStatus;
import org.mallcrm.fixtures.stall.ReshapeFixtures;

class MergeStallsServiceTest {

    private final ReshapeWorld world = new ReshapeWorld().with(ReshapeFixtures.a102(), ReshapeFixtures.a103());

    private ReshapeResult merge(String as, String... nos) {
        return world.merge.merge(new MergeStallsCommand(List.of(nos).stream().map(StallNo::of).toList(),
                StallNo.of(as), Optional.empty(), APPROVAL));
    }

    private ReshapeRefusal refusal(ReshapeResult r) {
        return ((ReshapeResult.Refused) r).refusal();
    }

    @Test
    void a2_two_stalls_sharing_a_6000_mm_wall_become_one_48_m2_stall_at_160() {
        ReshapeResult r = merge("A102-3", "A102", "A103");

        ReshapeResult.Filed filed = (ReshapeResult.Filed) r;
        Stall merged = world.stall("A102-3");
        assertThat(merged.outline()).isEqualTo(Polygon.rectangle(8000, 0, 16000, 6000));
        assertThat(merged.outlineArea()).isEqualTo(Area.parse("48.00"));
        assertThat(merged.leasableArea()).isEqualTo(Area.parse("48.00"));
        assertThat(merged.baseRent()).isEqualTo(Money.parse("160.00"));
        assertThat(merged.status()).isEqualTo(StallStatus.VACANT);
        assertThat(merged.parents()).containsExactly(StallNo.of("A102"), StallNo.of("A103"));
        assertThat(world.stall("A102").status()).isEqualTo(StallStatus.MERGED);
        assertThat(world.stall("A103").children()).containsExactly(StallNo.of("A102-3"));
        StallMerge doc = (StallMerge) filed.document();
        assertThat(doc.documentNo()).isEqualTo("MRG-2026-0001");
        assertThat(doc.priceRule()).isEqualTo(MergePriceRule.WEIGHTED_AVERAGE);
        assertThat(world.documents.find("MRG-2026-0001")).contains(doc);
        assertThat(world.unitOfWork.transactions()).isEqualTo(1);
    }

    @Test
    void a2_stalls_that_do_not_touch_are_refused_and_nothing_changes() {
        world.with(ReshapeFixtures.aStall("FAR").rectangle(20000, 0, 24000, 6000).build());
        List<Stall> before = world.snapshot();

        ReshapeRefusal refusal = refusal(merge("X1", "A102", "FAR"));

        assertThat(refusal.reason()).isEqualTo(ReshapeRefusal.Reason.NOT_ADJACENT);
        assertThat(world.snapshot()).isEqualTo(before);
        assertThat(world.documents.size()).isZero();
    }

    @Test
    void a2_stalls_touching_only_at_a_corner_are_refused_and_nothing_changes() {
        world.with(ReshapeFixtures.aStall("C1").floor("2F").rectangle(0, 0, 4000, 4000).build(),
                ReshapeFixtures.aStall("C2").floor("2F").rectangle(4000, 4000, 8000, 8000).build());
        List<Stall> before = world.snapshot();

        ReshapeRefusal refusal = refusal(merge("X1", "C1", "C2"));

        assertThat(refusal.reason()).isEqualTo(ReshapeRefusal.Reason.CORNER_ONLY);
        assertThat(world.snapshot()).isEqualTo(before);
        assertThat(world.documents.size()).isZero();
    }

    @Test
    void a2_merging_a_leased_stall_is_refused() {
        world.with(ReshapeFixtures.aStall("A104").rectangle(16000, 0, 20000, 6000).status(StallStatus.LEASED)
                .build());
        List<Stall> before = world.snapshot();

        ReshapeRefusal refusal = refusal(merge("X1", "A103", "A104"));

        assertThat(refusal.reason()).isEqualTo(ReshapeRefusal.Reason.NOT_VACANT);
        assertThat(world.snapshot()).isEqualTo(before);
    }

    @Test
    void a_parent_under_a_lease_from_a_later_date_is_refused() {
        world.leases.put(StallNo.of("A103"), new ReshapeWorld.Lease(LeaseNo.of("L-2026-0100"),
                LocalDate.of(2027, 1, 1)));

        ReshapeRefusal refusal = refusal(merge("A102-3", "A102", "A103"));

        assertThat(refusal.reason()).isEqualTo(ReshapeRefusal.Reason.NOT_VACANT);
        assertThat(refusal.stalls()).containsExactly(StallNo.of("A103"));
        assertThat(world.stall("A102").status()).isEqualTo(StallStatus.VACANT);
    }

    @Test
    void a_merge_onto_a_number_in_use_is_refused() {
        assertThat(refusal(merge("A102", "A102", "A103")).reason())
                .isEqualTo(ReshapeRefusal.Reason.DUPLICATE_NUMBER);
    }

    @Test
    void an_unknown_stall_is_not_found() {
        assertThat(merge("X", "A102", "NOPE")).isEqualTo(new ReshapeResult.NotFound(StallNo.of("NOPE")));
        assertThat(world.stall("A102").status()).isEqualTo(StallStatus.VACANT);
    }

    @Test
    void a_base_rent_given_with_the_merge_is_recorded_as_manual() {
        ReshapeResult r = world.merge.merge(new MergeStallsCommand(List.of(StallNo.of("A102"), StallNo.of("A103")),
                StallNo.of("A102-3"), Optional.of(Money.parse("175.00")), APPROVAL));

        assertThat(((StallMerge) ((ReshapeResult.Filed) r).document()).priceRule()).isEqualTo(MergePriceRule.MANUAL);
        assertThat(world.stall("A102-3").baseRent()).isEqualTo(Money.parse("175.00"));
    }

    @Test
    void a_longer_minimum_shared_wall_set_for_the_mall_applies_to_the_next_merge() {
        world.settings.with(org.mallcrm.domain.settings.SettingCatalogue.GEOMETRY_MIN_SHARED_EDGE_MM, 6001L);

        assertThat(refusal(merge("A102-3", "A102", "A103")).reason()).isEqualTo(ReshapeRefusal.Reason.NOT_ADJACENT);

        world.settings.with(org.mallcrm.domain.settings.SettingCatalogue.GEOMETRY_MIN_SHARED_EDGE_MM, 6000L);
        assertThat(merge("A102-3", "A102", "A103")).isInstanceOf(ReshapeResult.Filed.class);
    }
}
