package org.mallcrm.application.merchant;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mallcrm.application.common.port.in.Outcome;
import org.mallcrm.domain.merchant.AdvanceOutcome;
import org.mallcrm.domain.merchant.Contact;
import org.mallcrm.domain.merchant.FollowUpDue;
import org.mallcrm.domain.merchant.LeadSource;
import org.mallcrm.domain.merchant.Merchant;
import org.mallcrm.domain.merchant.MerchantNo;
import org.mallcrm.domain.merchant.PipelineReports;
import org.mallcrm.domain.merchant.Stage;
import org.mallcrm.fixtures.merchant.MerchantWorld;

class MerchantPipelineServiceTest {

    static final MerchantNo M1 = MerchantNo.of("M-0001");
    static final MerchantNo M2 = MerchantNo.of("M-0002");
    MerchantWorld w;

    @BeforeEach
    void setUp() {
        w = new MerchantWorld("2026-03-01T02:00:00Z");
        w.merchants.insert(List.of(
                Merchant.prospect(M1, "杭州丽人服饰", LocalDate.parse("2026-01-05")).withLeadSource(LeadSource.of("展会")),
                Merchant.prospect(M2, "广州潮男", LocalDate.parse("2026-01-10"))));
    }

    @Test
    void advancing_stores_the_history_with_exact_dwell_days_and_a_refused_move_says_why() {
        Outcome<AdvanceOutcome.Advanced> o = w.pipeline.advance(M1, "negotiating", LocalDate.parse("2026-01-19"));
        assertThat(o).isInstanceOf(Outcome.Done.class);
        assertThat(w.pipeline.advance(M1, "SIGNED", LocalDate.parse("2026-02-28"))).isInstanceOf(Outcome.Done.class);
        Merchant m = w.merchants.find(M1).orElseThrow();
        assertThat(m.stageHistory().get(0).dwellDays()).contains(14L);
        assertThat(m.stageHistory().get(1).dwellDays()).contains(40L);
        assertThat(m.currentDwellDays(LocalDate.parse("2026-03-01"))).isEqualTo(1);

        Outcome<?> back = w.pipeline.advance(M1, "PROSPECT", null);
        assertThat(back).isInstanceOf(Outcome.Refused.class);
        assertThat(((Outcome.Refused<?>) back).reason()).contains("SIGNED → PROSPECT refused");
        assertThat(w.pipeline.advance(M1, "HAPPY", null)).isInstanceOf(Outcome.Invalid.class);
        assertThat(w.pipeline.advance(MerchantNo.of("M-9"), "SIGNED", null)).isInstanceOf(Outcome.NotFound.class);
    }

    @Test
    void follow_ups_due_list_each_agents_latest_plan_most_overdue_first() {
        w.pipeline.followUp(M1, "首次拜访", LocalDate.parse("2026-02-01"), LocalDate.parse("2026-02-10"), "李明");
        w.pipeline.followUp(M2, "电话", LocalDate.parse("2026-02-05"), LocalDate.parse("2026-02-20"), "王芳");
        w.pipeline.followUp(M2, "再约", LocalDate.parse("2026-02-06"), LocalDate.parse("2026-03-20"), "王芳");

        assertThat(w.pipeline.due(null, null)).extracting(FollowUpDue::merchant).containsExactly(M1);
        assertThat(w.pipeline.due("王芳", LocalDate.parse("2026-03-25"))).singleElement()
                .satisfies(d -> assertThat(d.daysOverdue()).isEqualTo(5));
        assertThat(w.pipeline.due("李明", null).get(0).daysOverdue()).isEqualTo(19);
        assertThat(w.pipeline.followUp(M1, "x", LocalDate.parse("2026-02-01"), LocalDate.parse("2026-01-01"), null))
                .isInstanceOf(Outcome.Invalid.class);
    }

    @Test
    void contacts_log_and_reports() {
        w.pipeline.addContact(M1, new Contact("张会计", "0571-1234", "会计"));
        assertThat(w.merchants.find(M1).orElseThrow().contacts()).extracting(Contact::name).containsExactly("张会计");
        w.pipeline.log(M1, "商服-张丽", "提醒整改门头");
        assertThat(w.pipeline.logOf(M1)).singleElement().satisfies(e -> assertThat(e.note()).isEqualTo("提醒整改门头"));
        w.pipeline.advance(M1, "SIGNED", LocalDate.parse("2026-02-04"));

        assertThat(w.pipeline.funnel()).filteredOn(r -> r.stage() == Stage.SIGNED).singleElement()
                .satisfies(r -> assertThat(r.current()).isEqualTo(1));
        assertThat(w.pipeline.conversion()).extracting(r -> r.medianDaysToSign().map(Object::toString).orElse("-"))
                .containsExactly("30.0", "-");
        assertThat(w.pipeline.dwell(null)).extracting(PipelineReports.CurrentDwell::dwellDays).containsExactly(50L, 25L);
    }
}
