package org.mallcrm.domain.placement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mallcrm.domain.geometry.Area;
import org.mallcrm.domain.lease.Billing;
import org.mallcrm.domain.lease.LeaseKind;
import org.mallcrm.domain.lease.LeaseNo;
import org.mallcrm.domain.lease.LeaseTerms;
import org.mallcrm.domain.lease.SchedulePolicy;
import org.mallcrm.domain.merchant.MerchantNo;
import org.mallcrm.domain.money.Money;
import org.mallcrm.domain.stall.StallNo;

class PlacementTest {

    private static final Instant T0 = Instant.parse("2026-01-02T02:00:00Z");

    private static Placement draft(Grade grade) {
        return Placement.draft("P-1", MerchantNo.of("M-0001"), List.of(StallNo.of("1F-A-101")), Area.parse("45.50"),
                Money.parse("180.00"), grade, "zhang", T0);
    }

    private static Placement moved(PlacementOutcome outcome) {
        assertThat(outcome).isInstanceOf(PlacementOutcome.Moved.class);
        return ((PlacementOutcome.Moved) outcome).placement();
    }

    @Test
    void an_approved_placement_yields_lease_terms_prefilled() {
        Placement submitted = moved(draft(Grade.B).submit("zhang", T0.plusSeconds(60)));
        Placement approved = moved(submitted.approve("li", T0.plusSeconds(120), "ok"));

        assertThat(approved.trail()).extracting(PlacementStep::to).containsExactly(PlacementStatus.DRAFT,
                PlacementStatus.SUBMITTED, PlacementStatus.APPROVED);
        assertThat(approved.trail().get(2).by()).isEqualTo("li");
        LeaseTerms terms = approved.leaseTerms(SchedulePolicy.DEFAULT).orElseThrow()
                .leaseNo(LeaseNo.of("L-1")).start(LocalDate.parse("2026-01-15")).termMonths(12)
                .billing(Billing.QUARTERLY).build();
        assertThat(terms.monthlyRent()).isEqualTo(Money.parse("8190.00"));
        assertThat(terms.kind()).isEqualTo(LeaseKind.NEW);
        assertThat(terms.advanceDays()).isEqualTo(30);
    }

    @Test
    void a_draft_cannot_be_approved_and_yields_no_lease() {
        Placement draft = draft(Grade.A);

        assertThat(draft.approve("li", T0, "")).isInstanceOfSatisfying(PlacementOutcome.Refused.class,
                r -> assertThat(r.code()).isEqualTo("placement-wrong-state"));
        assertThat(draft.leaseTerms(SchedulePolicy.DEFAULT)).isEmpty();
    }

    @Test
    void a_rejection_needs_a_reason_and_can_be_redrafted() {
        Placement submitted = moved(draft(Grade.C).submit("zhang", T0));

        assertThat(submitted.reject("li", T0, " ")).isInstanceOfSatisfying(PlacementOutcome.Refused.class,
                r -> assertThat(r.code()).isEqualTo("reason-missing"));
        Placement rejected = moved(submitted.reject("li", T0, "price too low"));
        assertThat(rejected.status()).isEqualTo(PlacementStatus.REJECTED);
        assertThat(rejected.leaseTerms(SchedulePolicy.DEFAULT)).isEmpty();
        Placement redrafted = moved(rejected.redraft(rejected.stallNos(), rejected.leasableAreaM2(),
                Money.parse("190.00"), Grade.C, "zhang", T0));
        assertThat(redrafted.status()).isEqualTo(PlacementStatus.DRAFT);
        assertThat(redrafted.trail()).hasSize(4);
    }

    @Test
    void a_grade_d_merchant_is_not_placed() {
        Placement submitted = moved(draft(Grade.D).submit("zhang", T0));

        assertThat(submitted.approve("li", T0, "")).isInstanceOfSatisfying(PlacementOutcome.Refused.class,
                r -> assertThat(r.code()).isEqualTo("grade-d"));
    }
}
