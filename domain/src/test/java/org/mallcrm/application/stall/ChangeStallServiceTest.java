package org.mallcrm.application.stall;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mallcrm.application.stall.ReshapeWorld.APPROVAL;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.mallcrm.application.stall.port.in.ChangeStallCommand;
import org.mallcrm.application.stall.port.in.ReshapeResult;
import org.mallcrm.application.stall.port.in.SplitStallCommand;
import org.mallcrm.domain.geometry.Area;
import org.mallcrm.domain.geometry.Axis;
import org.mallcrm.domain.stall.ReshapeRefusal;
import org.mallcrm.domain.stall.StallChange;
import org.mallcrm.domain.stall.StallNo;
import org.mallcrm.domain.stall.StallStatus;
import org.mallcrm.fixtures.stall.ReshapeFixtures;

class ChangeStallServiceTest {

    private final ReshapeWorld world = new ReshapeWorld().with(ReshapeFixtures.a101());

    private ReshapeResult change(String no, String newNo, String area) {
        return world.change.change(new ChangeStallCommand(StallNo.of(no), Optional.ofNullable(newNo).map(StallNo::of),
                Optional.ofNullable(area).map(Area::parse), APPROVAL));
    }

    @Test
    void a_new_leasable_area_is_saved_with_a_change_document() {
        ReshapeResult r = change("A101", null, "46.20");

        StallChange doc = (StallChange) ((ReshapeResult.Filed) r).document();
        assertThat(doc.documentNo()).isEqualTo("CHG-2026-0001");
        assertThat(doc.leasableBefore()).isEqualTo(Area.parse("45.50"));
        assertThat(doc.leasableAfter()).isEqualTo(Area.parse("46.20"));
        assertThat(world.stall("A101").leasableArea()).isEqualTo(Area.parse("46.20"));
        assertThat(world.documents.size()).isEqualTo(1);
    }

    @Test
    void renumbering_changes_the_key_and_the_lineage_follows() {
        world.split.split(new SplitStallCommand(StallNo.of("A101"), new SplitStallCommand.ByCut(Axis.X, 2600),
                APPROVAL));

        ReshapeResult r = change("A101-1", "1F-A-201", null);

        assertThat(r).isInstanceOf(ReshapeResult.Filed.class);
        assertThat(world.stalls.find(StallNo.of("A101-1"))).isEmpty();
        assertThat(world.stall("1F-A-201").parents()).containsExactly(StallNo.of("A101"));
        assertThat(world.stall("A101").children()).containsExactly(StallNo.of("1F-A-201"), StallNo.of("A101-2"));
        assertThat(world.stall("1F-A-201").leasableArea()).isEqualTo(Area.parse("14.79"));
    }

    @Test
    void a_leased_stall_may_be_renumbered() {
        world.with(ReshapeFixtures.aStall("B1").rectangle(0, 10_000, 8000, 15_000).status(StallStatus.LEASED)
                .build());

        assertThat(change("B1", "B1N", null)).isInstanceOf(ReshapeResult.Filed.class);
        assertThat(world.stall("B1N").status()).isEqualTo(StallStatus.LEASED);
    }

    @Test
    void a_change_that_changes_nothing_is_refused_and_files_nothing() {
        ReshapeResult r = change("A101", "A101", "45.50");

        assertThat(((ReshapeResult.Refused) r).refusal().reason()).isEqualTo(ReshapeRefusal.Reason.NO_CHANGE);
        assertThat(world.documents.size()).isZero();
    }

    @Test
    void a_retired_number_is_not_given_again() {
        world.split.split(new SplitStallCommand(StallNo.of("A101"), new SplitStallCommand.ByCut(Axis.X, 2600),
                APPROVAL));

        ReshapeResult r = change("A101-2", "A101", null);

        assertThat(((ReshapeResult.Refused) r).refusal().reason()).isEqualTo(ReshapeRefusal.Reason.DUPLICATE_NUMBER);
        assertThat(world.stalls.find(StallNo.of("A101-2"))).isPresent();
    }

    @Test
    void an_unknown_stall_is_not_found() {
        assertThat(change("NOPE", "X", null)).isEqualTo(new ReshapeResult.NotFound(StallNo.of("NOPE")));
    }
}
