package org.mallcrm.domain.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mallcrm.fixtures.request.RequestFixtures.*;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.mallcrm.domain.merchant.MerchantNo;
import org.mallcrm.domain.stall.StallNo;

class MerchantRequestsTest {

    private static final StallNo NOT_MINE = StallNo.of("2F-B-001");
    private static final Instant T1 = T0.plusSeconds(3600);
    private static final Instant T2 = T0.plusSeconds(7200);

    @Test
    void overtime_is_submitted_then_approved_with_a_trail() {
        OvertimeRequest submitted = overtime();
        assertThat(submitted.status()).isEqualTo(OvertimeRequest.Status.SUBMITTED);

        OvertimeRequest approved = done(submitted.approve(STAFF, "注意消防", T1));

        assertThat(approved.status()).isEqualTo(OvertimeRequest.Status.APPROVED);
        assertThat(approved.decisionNote()).isEqualTo("注意消防");
        assertThat(approved.trail()).containsExactly(
                new TrailEntry(Actor.merchant(MERCHANT), "SUBMITTED", T0),
                new TrailEntry(Actor.staff(STAFF), "APPROVED: 注意消防", T1));
    }

    @Test
    void a_decided_overtime_request_cannot_be_decided_again() {
        OvertimeRequest rejected = done(overtime().reject(STAFF, "当晚消防检查", T1));
        assertThat(rejected.status()).isEqualTo(OvertimeRequest.Status.REJECTED);

        assertThat(rejected.approve(STAFF, null, T2)).isInstanceOfSatisfying(RequestOutcome.Refused.class,
                r -> assertThat(r.reason()).isEqualTo(RequestOutcome.Reason.WRONG_STATE));
    }

    @Test
    void overtime_must_end_after_it_starts() {
        assertThatThrownBy(() -> OvertimeRequest.submit(RequestNo.of("OT-2"), MERCHANT, LEASED, STALL,
                LocalDate.of(2026, 4, 3), LocalTime.of(22, 0), LocalTime.of(18, 0), "x", T0))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_merchant_cannot_ask_overtime_or_repairs_for_a_stall_it_does_not_lease() {
        assertThat(OvertimeRequest.submit(RequestNo.of("OT-3"), MERCHANT, LEASED, NOT_MINE, LocalDate.of(2026, 4, 3),
                LocalTime.of(18, 0), LocalTime.of(20, 0), "x", T0))
                .isInstanceOfSatisfying(RequestOutcome.Refused.class, r -> {
                    assertThat(r.reason()).isEqualTo(RequestOutcome.Reason.STALL_NOT_LEASED);
                    assertThat(r.detail()).contains("2F-B-001");
                });
        assertThat(RepairRequest.open(RequestNo.of("RP-2"), MERCHANT, LEASED, NOT_MINE, "水电", "漏水",
                RepairRequest.Urgency.NORMAL, T0)).isInstanceOf(RequestOutcome.Refused.class);
        assertThat(Feedback.give(RequestNo.of("FB-2"), MERCHANT, LEASED, NOT_MINE, "卫生", "x", T0))
                .isInstanceOf(RequestOutcome.Refused.class);
        assertThat(RepairRequest.open(RequestNo.of("RP-3"), MerchantNo.of("M-0002"), Set.of(), STALL, "水电", "漏水",
                RepairRequest.Urgency.NORMAL, T0)).isInstanceOf(RequestOutcome.Refused.class);
    }

    @Test
    void a_repair_is_assigned_then_resolved() {
        RepairRequest assigned = done(repair().assign(STAFF, FIXER, T1));
        assertThat(assigned.status()).isEqualTo(RepairRequest.Status.ASSIGNED);
        assertThat(assigned.assignee()).isEqualTo(FIXER);

        RepairRequest resolved = done(assigned.resolve(FIXER, "更换插座", T2));

        assertThat(resolved.status()).isEqualTo(RepairRequest.Status.RESOLVED);
        assertThat(resolved.resolution()).isEqualTo("更换插座");
        assertThat(resolved.trail()).extracting(TrailEntry::what)
                .containsExactly("OPENED", "ASSIGNED: to 工程-刘工", "RESOLVED: 更换插座");
    }

    @Test
    void an_open_repair_cannot_be_resolved_and_a_resolved_one_cannot_be_reassigned() {
        assertThat(repair().resolve(FIXER, "修好了", T1)).isInstanceOfSatisfying(RequestOutcome.Refused.class,
                r -> assertThat(r.reason()).isEqualTo(RequestOutcome.Reason.WRONG_STATE));
        RepairRequest resolved = done(done(repair().assign(STAFF, FIXER, T1)).resolve(FIXER, "修好了", T2));
        assertThat(resolved.assign(STAFF, STAFF, T2)).isInstanceOf(RequestOutcome.Refused.class);
    }

    @Test
    void an_assigned_repair_can_be_reassigned() {
        RepairRequest again = done(done(repair().assign(STAFF, FIXER, T1)).assign(STAFF, STAFF, T2));

        assertThat(again.assignee()).isEqualTo(STAFF);
        assertThat(again.trail()).hasSize(3);
    }

    @Test
    void feedback_is_answered_once() {
        Feedback answered = done(feedback().answer(STAFF, "已安排保洁", T1));
        assertThat(answered.status()).isEqualTo(Feedback.Status.ANSWERED);
        assertThat(answered.answer()).isEqualTo("已安排保洁");

        assertThat(answered.answer(STAFF, "again", T2)).isInstanceOf(RequestOutcome.Refused.class);
    }

    @Test
    void feedback_may_name_one_of_the_merchants_stalls() {
        Feedback f = done(Feedback.give(RequestNo.of("FB-3"), MERCHANT, LEASED, STALL, "物业", "门口灯坏了", T0));

        assertThat(f.stallNo()).contains(STALL);
    }

    @Test
    void a_step_dated_before_the_last_one_is_rejected() {
        assertThatThrownBy(() -> overtime().approve(STAFF, null, T0.minusSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void an_operations_log_entry_needs_a_note() {
        assertThatThrownBy(() -> new OperationsLogEntry(STAFF, MERCHANT, "  ", T0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(new OperationsLogEntry(STAFF, MERCHANT, " 商户反映客流少 ", T0).note()).isEqualTo("商户反映客流少");
    }
}
