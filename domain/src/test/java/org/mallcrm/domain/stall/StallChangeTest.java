package org.mallcrm.domain.stall;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mallcrm.fixtures.stall.ReshapeFixtures.a101;
import static org.mallcrm.fixtures.stall.ReshapeFixtures.aStall;
import static org.mallcrm.fixtures.stall.ReshapeFixtures.request;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.mallcrm.domain.geometry.Area;

class StallChangeTest {

    @Test
    void a_stall_can_be_renumbered_and_resurveyed_keeping_the_trail() {
        ChangeOutcome o = StallChange.of(a101(), Optional.of(StallNo.of("A101X")), Optional.of(Area.parse("46.00")),
                request("CHG-0001"), StallNumbers.none(), GeometryPolicy.DEFAULTS);
        assertThat(o).isInstanceOf(ChangeOutcome.Changed.class);
        ChangeOutcome.Changed c = (ChangeOutcome.Changed) o;
        assertThat(c.stall().no()).isEqualTo(StallNo.of("A101X"));
        assertThat(c.stall().leasableArea()).isEqualTo(Area.parse("46.00"));
        assertThat(c.stall().outline()).isEqualTo(a101().outline());
        assertThat(c.document().noBefore()).isEqualTo(StallNo.of("A101"));
        assertThat(c.document().leasableBefore()).isEqualTo(Area.parse("45.50"));
        assertThat(c.document().renumbers()).isTrue();
        assertThat(c.document().resurveys()).isTrue();
        assertThat(c.document().requestedBy()).isEqualTo("zhang.wei");
        assertThat(c.document().approvedBy()).isEqualTo("li.na");
    }

    @Test
    void a_change_to_a_taken_number_is_refused() {
        Stall other = aStall("B1").build();
        ChangeOutcome o = StallChange.of(a101(), Optional.of(StallNo.of("B1")), Optional.empty(), request("CHG-0002"),
                StallNumbers.of(List.of(other)), GeometryPolicy.DEFAULTS);
        assertThat(((ChangeOutcome.Refused) o).refusal().reason()).isEqualTo(ReshapeRefusal.Reason.DUPLICATE_NUMBER);
    }

    @Test
    void a_retired_stall_cannot_be_changed() {
        Stall retired = aStall("A101").status(StallStatus.SPLIT).build();
        ChangeOutcome o = StallChange.of(retired, Optional.empty(), Optional.of(Area.parse("1.00")),
                request("CHG-0003"), StallNumbers.none(), GeometryPolicy.DEFAULTS);
        assertThat(((ChangeOutcome.Refused) o).refusal().reason()).isEqualTo(ReshapeRefusal.Reason.RETIRED);
    }

    @Test
    void a_change_that_changes_nothing_is_refused() {
        ChangeOutcome o = StallChange.of(a101(), Optional.of(StallNo.of("A101")), Optional.of(Area.parse("45.50")),
                request("CHG-0004"), StallNumbers.none(), GeometryPolicy.DEFAULTS);
        assertThat(((ChangeOutcome.Refused) o).refusal().reason()).isEqualTo(ReshapeRefusal.Reason.NO_CHANGE);
    }

    @Test
    void a_leased_stall_may_be_resurveyed() {
        Stall leased = aStall("A101").status(StallStatus.LEASED).build();
        assertThat(StallChange.of(leased, Optional.empty(), Optional.of(Area.parse("49.00")), request("CHG-0005"),
                StallNumbers.none(), GeometryPolicy.DEFAULTS)).isInstanceOf(ChangeOutcome.Changed.class);
    }
}
