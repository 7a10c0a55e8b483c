package org.mallcrm.domain.merchant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mallcrm.domain.merchant.Stage.*;
import static org.mallcrm.fixtures.merchant.MerchantFixtures.pipeline;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PipelineReportsTest {

    private static final LocalDate JAN1 = LocalDate.of(2026, 1, 1);

    private final Merchant signedIn10 = pipeline("M-1", "展会", JAN1).to(NEGOTIATING, JAN1.plusDays(3))
            .to(SIGNED, JAN1.plusDays(10)).build();
    private final Merchant signedIn15 = pipeline("M-2", "展会", JAN1).to(SIGNED, JAN1.plusDays(15))
            .to(OPERATING, JAN1.plusDays(20)).build();
    private final Merchant cooled = pipeline("M-3", "展会", JAN1).to(NEGOTIATING, JAN1.plusDays(1))
            .to(PROSPECT, JAN1.plusDays(30)).build();
    private final Merchant signedIn20 = pipeline("M-4", "电话", JAN1).to(PLACED, JAN1.plusDays(5))
            .to(SIGNED, JAN1.plusDays(20)).build();
    private final Merchant signedIn25 = pipeline("M-5", "电话", JAN1).to(SIGNED, JAN1.plusDays(25)).build();
    private final Merchant signedIn30 = pipeline("M-6", "电话", JAN1).to(SIGNED, JAN1.plusDays(30)).build();
    private final Merchant signedIn40 = pipeline("M-7", "电话", JAN1).to(SIGNED, JAN1.plusDays(40)).build();
    private final Merchant noSource = pipeline("M-8", null, JAN1).build();
    private final Merchant imported = Merchant.enter(MerchantNo.of("M-9"), "老商户", OPERATING, JAN1)
            .withLeadSource(LeadSource.of("电话"));

    private final List<Merchant> all = List.of(signedIn10, signedIn15, cooled, signedIn20, signedIn25, signedIn30,
            signedIn40, noSource, imported);

    @Test
    void funnel_counts_merchants_now_in_each_stage_and_ever_in_it() {
        List<PipelineReports.FunnelRow> funnel = PipelineReports.funnel(all);

        assertThat(funnel).extracting(PipelineReports.FunnelRow::stage).containsExactly(Stage.values());
        assertThat(funnel.get(PROSPECT.ordinal())).isEqualTo(new PipelineReports.FunnelRow(PROSPECT, 2, 8));
        assertThat(funnel.get(NEGOTIATING.ordinal())).isEqualTo(new PipelineReports.FunnelRow(NEGOTIATING, 0, 2));
        assertThat(funnel.get(SIGNED.ordinal())).isEqualTo(new PipelineReports.FunnelRow(SIGNED, 5, 6));
        assertThat(funnel.get(OPERATING.ordinal())).isEqualTo(new PipelineReports.FunnelRow(OPERATING, 2, 2));
        assertThat(funnel.get(EXITED.ordinal())).isEqualTo(new PipelineReports.FunnelRow(EXITED, 0, 0));
    }

    @Test
    void median_of_an_even_count_is_the_mean_of_the_two_middle_values_exactly() {
        List<PipelineReports.LeadSourceConversion> rows = PipelineReports.conversionByLeadSource(all);

        // 电话: 5 merchants, all reached SIGNED or later; the imported one is not measured: days 20, 25, 30, 40
        PipelineReports.LeadSourceConversion phone = rows.get(1);
        assertThat(phone.leadSource()).contains(LeadSource.of("电话"));
        assertThat(phone.merchants()).isEqualTo(5);
        assertThat(phone.signed()).isEqualTo(5);
        assertThat(phone.measured()).isEqualTo(4);
        assertThat(phone.medianDaysToSign()).contains(new BigDecimal("27.5"));
        assertThat(phone.conversionPercent()).isEqualByComparingTo("100.0");
    }

    @Test
    void conversion_is_signed_over_all_merchants_of_the_source() {
        List<PipelineReports.LeadSourceConversion> rows = PipelineReports.conversionByLeadSource(all);

        // 展会 sorts before 电话 by code point; merchants without a source come last
        assertThat(rows).extracting(PipelineReports.LeadSourceConversion::leadSource)
                .containsExactly(Optional.of(LeadSource.of("展会")), Optional.of(LeadSource.of("电话")), Optional.empty());
        PipelineReports.LeadSourceConversion fair = rows.get(0);
        assertThat(fair.signed()).isEqualTo(2);
        assertThat(fair.merchants()).isEqualTo(3);
        assertThat(fair.conversionPercent()).isEqualByComparingTo("66.7");
        assertThat(fair.medianDaysToSign()).contains(new BigDecimal("12.5"));
        PipelineReports.LeadSourceConversion none = rows.get(2);
        assertThat(none.signed()).isZero();
        assertThat(none.medianDaysToSign()).isEmpty();
        assertThat(none.conversionPercent()).isEqualByComparingTo("0.0");
    }

    @Test
    void median_of_an_odd_count_is_the_middle_value() {
        assertThat(PipelineReports.median(List.of(40L, 3L, 7L))).contains(new BigDecimal("7.0"));
        assertThat(PipelineReports.median(List.of(1L, 2L))).contains(new BigDecimal("1.5"));
        assertThat(PipelineReports.median(List.of())).isEmpty();
    }

    @Test
    void current_dwell_lists_the_longest_stuck_first() {
        LocalDate asOf = JAN1.plusDays(60);

        List<PipelineReports.CurrentDwell> dwell = PipelineReports.currentDwell(
                List.of(signedIn10, cooled, noSource, signedIn40), asOf);

        assertThat(dwell).extracting(d -> d.merchant().value(), PipelineReports.CurrentDwell::dwellDays)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("M-8", 60L),
                        org.assertj.core.groups.Tuple.tuple("M-1", 50L),
                        org.assertj.core.groups.Tuple.tuple("M-3", 30L),
                        org.assertj.core.groups.Tuple.tuple("M-7", 20L));
    }

    @Test
    void current_dwell_can_be_limited_to_some_stages() {
        List<PipelineReports.CurrentDwell> dwell = PipelineReports.currentDwell(all, JAN1.plusDays(60),
                EnumSet.of(PROSPECT));

        assertThat(dwell).extracting(d -> d.merchant().value()).containsExactly("M-8", "M-3");
    }
}
