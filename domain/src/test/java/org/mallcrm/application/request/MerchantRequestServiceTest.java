package org.mallcrm.application.request;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mallcrm.application.common.port.in.Outcome;
import org.mallcrm.domain.merchant.Merchant;
import org.mallcrm.domain.merchant.MerchantNo;
import org.mallcrm.domain.merchant.Stage;
import org.mallcrm.domain.request.OvertimeRequest;
import org.mallcrm.domain.request.RepairRequest;
import org.mallcrm.domain.request.RequestNo;
import org.mallcrm.domain.request.TrailEntry;
import org.mallcrm.fixtures.merchant.MerchantWorld;

class MerchantRequestServiceTest {

    static final MerchantNo M1 = MerchantNo.of("M-0001");
    static final MerchantNo M2 = MerchantNo.of("M-0002");
    MerchantWorld w;

    @BeforeEach
    void setUp() {
        w = new MerchantWorld("2026-04-01T02:00:00Z");
        w.merchants.insert(List.of(Merchant.enter(M1, "杭州丽人服饰", Stage.OPERATING, LocalDate.parse("2026-01-05")),
                Merchant.enter(M2, "广州潮男", Stage.OPERATING, LocalDate.parse("2026-01-10"))));
        w.lease("M-0001", "1F-A-101");
        w.lease("M-0002", "1F-A-102");
    }

    @Test
    void a_merchant_asks_only_for_stalls_it_leases_and_staff_decide_with_a_trail() {
        Outcome<OvertimeRequest> other = w.requestCases.askOvertime(M1, "1F-A-102", LocalDate.parse("2026-04-03"),
                LocalTime.of(18, 0), LocalTime.of(22, 0), "到货");
        assertThat(other).isInstanceOf(Outcome.Refused.class);
        assertThat(((Outcome.Refused<?>) other).reason()).contains("does not lease stall 1F-A-102");

        OvertimeRequest ot = ((Outcome.Done<OvertimeRequest>) w.requestCases.askOvertime(M1, "1F-A-101",
                LocalDate.parse("2026-04-03"), LocalTime.of(18, 0), LocalTime.of(22, 0), "到货")).value();
        assertThat(w.requestCases.reject(ot.no(), "张丽", " ")).isInstanceOf(Outcome.Invalid.class);
        OvertimeRequest approved = ((Outcome.Done<OvertimeRequest>) w.requestCases.approve(ot.no(), "张丽", "注意消防"))
                .value();
        assertThat(approved.trail()).extracting(TrailEntry::what).containsExactly("SUBMITTED", "APPROVED: 注意消防");
        assertThat(w.requestCases.approve(ot.no(), "张丽", null)).isInstanceOf(Outcome.Refused.class);
        assertThat(w.requestCases.overtimes(M1, "approved")).hasSize(1);
        assertThat(w.requestCases.overtime(ot.no(), M2)).isEmpty();
        assertThat(w.requestCases.overtime(RequestNo.of("OT-404"), null)).isEmpty();
    }

    @Test
    void a_repair_is_assigned_then_resolved_and_bad_urgency_is_bad_input() {
        assertThat(w.requestCases.reportRepair(M1, "1F-A-101", "水电", "插座", "SOON")).isInstanceOf(Outcome.Invalid.class);
        RepairRequest rp = ((Outcome.Done<RepairRequest>) w.requestCases.reportRepair(M1, "1F-A-101", "水电", "插座不通电",
                "urgent")).value();
        assertThat(w.requestCases.resolve(rp.no(), "刘工", "换了")).isInstanceOf(Outcome.Refused.class);
        for (String to : new String[] {"刘\u0000工", "x".repeat(41)}) {
            var bad = w.requestCases.assign(rp.no(), "张丽", to);
            assertThat(bad).as(to).isInstanceOf(Outcome.Invalid.class);
            assertThat(((Outcome.Invalid<RepairRequest>) bad).errors()).singleElement()
                    .satisfies(e -> assertThat(e.column()).isEqualTo("to"))
                    .satisfies(e -> assertThat(e.reason()).startsWith("the assignee "));
        }
        w.requestCases.assign(rp.no(), "张丽", "刘工");
        RepairRequest done = ((Outcome.Done<RepairRequest>) w.requestCases.resolve(rp.no(), "刘工", "更换插座")).value();
        assertThat(done.status()).isEqualTo(RepairRequest.Status.RESOLVED);
        assertThat(w.requestCases.repairs(null, "OPEN")).isEmpty();
    }

    @Test
    void feedback_in_general_needs_no_stall_and_is_answered_once() {
        var fb = ((Outcome.Done<org.mallcrm.domain.request.Feedback>) w.requestCases.giveFeedback(M2, null, "卫生",
                "洗手间")).value();
        assertThat(w.requestCases.answer(fb.no(), "客服", "已安排")).isInstanceOf(Outcome.Done.class);
        assertThat(w.requestCases.answer(fb.no(), "客服", "again")).isInstanceOf(Outcome.Refused.class);
        assertThat(w.requestCases.feedbacks(M1, null)).isEmpty();
    }
}
