package org.mallcrm.domain.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.mallcrm.domain.channel.CommissionPolicy;
import org.mallcrm.domain.channel.Tier;
import org.mallcrm.domain.credit.CreditGrade;
import org.mallcrm.domain.credit.CreditPolicy;
import org.mallcrm.domain.lease.LateFeeRate;
import org.mallcrm.domain.lease.LeasingPolicy;
import org.mallcrm.domain.lease.PeriodAlignment;
import org.mallcrm.domain.money.Money;
import org.mallcrm.domain.stall.GeometryPolicy;

class MallSettingsTest {

    @Test
    void a_new_mall_starts_with_the_defaults_of_the_rules() {
        MallSettings d = MallSettings.defaults();

        assertThat(d.leasingPolicy()).isEqualTo(LeasingPolicy.DEFAULT);
        assertThat(d.geometryPolicy()).isEqualTo(GeometryPolicy.DEFAULTS);
        assertThat(d.creditPolicy()).isEqualTo(CreditPolicy.defaults());
        assertThat(d.commissionDefaults()).isEqualTo(CommissionPolicy.DEFAULT);
        assertThat(d.rfmPolicy()).isEqualTo(org.mallcrm.domain.buyer.RfmPolicy.DEFAULTS);
        assertThat(d.reversalPolicy()).isEqualTo(org.mallcrm.domain.coupon.ReversalPolicy.DEFAULTS);
        assertThat(d.settlementPolicy()).isEqualTo(org.mallcrm.domain.coupon.SettlementPolicy.DEFAULTS);
        assertThat(MallSettings.fromStored(Map.of())).isEqualTo(d);
        assertThat(d.text(SettingCatalogue.LEASE_ADVANCE_DAYS)).isEqualTo("30");
        assertThat(d.text(SettingCatalogue.LATE_FEE_RATE_PCT_PER_DAY)).isEqualTo("0.05");
        assertThat(d.text(SettingCatalogue.COUPON_REVERSAL_HOURS)).isEqualTo("24");
    }

    @Test
    void every_key_is_dotted_unique_described_in_both_languages_and_its_default_reads_back() {
        Set<String> keys = new HashSet<>();
        for (Setting<?> s : SettingCatalogue.all()) {
            assertThat(keys.add(s.key())).as(s.key()).isTrue();
            assertThat(s.key()).matches("[a-z_]+\\.[a-z_0-9]+");
            assertThat(s.descriptionZh()).isNotBlank();
            assertThat(s.descriptionEn()).isNotBlank();
            assertThat(s.type().describe()).isNotBlank();
            assertThat(s.canonical(s.defaultText())).isEqualTo(s.defaultText());
            assertThat(SettingCatalogue.find(s.key())).contains(s);
        }
        // the configurable items of sections 6 and 7 are there for the buyers and campaigns
        assertThat(keys).contains("buyer.rfm_window_days", "buyer.rfm_threshold_mode", "buyer.rfm_fixed_recency_days",
                "buyer.rfm_fixed_frequency", "buyer.rfm_fixed_monetary", "coupon.reversal_hours",
                "subsidy.settlement");
    }

    @Test
    void an_update_changes_the_policies_built_from_the_settings() {
        SettingsUpdate.Updated u = (SettingsUpdate.Updated) MallSettings.defaults().update(ordered(
                "lease.advance_days", "15", "lease.period_alignment", "calendar", "late_fee.rate_pct_per_day", "0.1",
                "credit.grade_a_min", "95", "credit.blacklist_months", "12", "commission.tiers", "1:15, 1001:18.00",
                "buyer.rfm_threshold_mode", "FIXED", "subsidy.settlement", "OFFSET_RENT"));

        MallSettings s = u.settings();
        assertThat(s.schedulePolicy().defaultAdvanceDays()).isEqualTo(15);
        assertThat(s.schedulePolicy().alignment()).isEqualTo(PeriodAlignment.CALENDAR);
        assertThat(s.receiptPolicy().lateFeeRate()).isEqualTo(LateFeeRate.percentPerDay("0.1"));
        assertThat(s.creditPolicy().grades().gradeOf(94)).isEqualTo(CreditGrade.B);
        assertThat(s.creditPolicy().blacklistedThrough(java.time.LocalDate.parse("2026-03-01")))
                .isEqualTo(java.time.LocalDate.parse("2027-02-28"));
        assertThat(s.commissionDefaults().tiers()).containsExactly(Tier.of(1, "15.00"), Tier.of(1001, "18.00"));
        assertThat(s.rfmPolicy().mode()).isEqualTo(org.mallcrm.domain.buyer.RfmThresholdMode.FIXED);
        assertThat(s.rfmPolicy().fixed()).contains(new org.mallcrm.domain.buyer.RfmThresholds(30, 2,
                Money.parse("800.00")));
        assertThat(s.settlementPolicy().method()).isEqualTo(org.mallcrm.domain.coupon.SettlementMethod.OFFSET_RENT);
        // canonical old → new, in catalogue order
        assertThat(u.changes()).extracting(c -> c.setting().key() + " " + c.oldValue() + " → " + c.newValue())
                .containsExactly("lease.period_alignment ANCHORED → CALENDAR", "lease.advance_days 30 → 15",
                        "late_fee.rate_pct_per_day 0.05 → 0.1", "credit.grade_a_min 90 → 95",
                        "credit.blacklist_months 24 → 12", "commission.tiers none → 1:15.00,1001:18.00",
                        "buyer.rfm_threshold_mode LOWER_MEDIAN → FIXED", "subsidy.settlement PAY_OUT → OFFSET_RENT");
    }

    @Test
    void the_same_value_written_otherwise_is_no_change() {
        SettingsUpdate.Updated u = (SettingsUpdate.Updated) MallSettings.defaults().update(ordered(
                "receipt.auto_apply_credit", "ON", "commission.rate_per_head", "20", "commission.monthly_cap", ""));

        assertThat(u.changes()).isEmpty();
    }

    @Test
    void a_wrong_value_is_refused_naming_the_key_and_the_reason_and_nothing_changes() {
        SettingsUpdate r = MallSettings.defaults().update(ordered("lease.advance_days", "-1",
                "lease.period_alignment", "WEEKLY", "receipt.auto_apply_credit", "maybe",
                "late_fee.rate_pct_per_day", "0.00001", "commission.rate_per_head", "-3", "commission.tiers", "5:10",
                "no.such_key", "1", "geometry.min_child_area_m2", "0"));

        assertThat(((SettingsUpdate.Rejected) r).problems()).extracting(p -> p.key() + ": " + p.reason())
                .containsExactly("lease.advance_days: must be from 0 to 365",
                        "lease.period_alignment: must be one of ANCHORED | CALENDAR",
                        "receipt.auto_apply_credit: must be true or false",
                        "late_fee.rate_pct_per_day: late-fee rate '0.00001' is finer than 0.0001 %/day",
                        "commission.rate_per_head: cannot be negative",
                        "commission.tiers: the first tier must start at head 1, not 5",
                        "no.such_key: no such setting; 'settings show' lists the keys",
                        "geometry.min_child_area_m2: must be more than 0");
    }

    @Test
    void values_that_break_the_rules_together_are_refused_naming_the_keys_changed() {
        SettingsUpdate r = MallSettings.defaults().update(ordered("credit.grade_b_min", "95"));

        assertThat(((SettingsUpdate.Rejected) r).problems()).singleElement().satisfies(p -> {
            assertThat(p.key()).isEqualTo("credit.grade_b_min");
            assertThat(p.value()).isEqualTo("95");
            assertThat(p.reason()).contains("grade thresholds must rise strictly");
        });
        // together with A it is fine
        assertThat(MallSettings.defaults().update(ordered("credit.grade_a_min", "98", "credit.grade_b_min", "95")))
                .isInstanceOf(SettingsUpdate.Updated.class);
    }

    @Test
    void a_stored_value_that_is_not_valid_is_reported_with_its_key() {
        assertThatThrownBy(() -> MallSettings.fromStored(Map.of("lease.advance_days", "soon")))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("lease.advance_days");
        // keys a later version dropped are ignored
        assertThat(MallSettings.fromStored(Map.of("gone.key", "1"))).isEqualTo(MallSettings.defaults());
    }

    @Test
    void with_replaces_one_value_for_fixtures() {
        MallSettings s = MallSettings.defaults().with(SettingCatalogue.COMMISSION_RATE_PER_HEAD, Money.parse("25.00"));
        assertThat(s.commissionDefaults().ratePerHead()).isEqualTo(Money.parse("25.00"));
        assertThat(SettingCatalogue.commissionTexts(s.commissionDefaults()))
                .containsEntry("commission.rate_per_head", "25.00").containsEntry("commission.monthly_cap", "none");
    }

    private static Map<String, String> ordered(String... kv) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put(kv[i], kv[i + 1]);
        }
        return m;
    }

    @Test
    void a_value_the_settings_type_takes_but_the_rules_own_limits_do_not_is_refused_naming_its_key() {
        SettingsUpdate r = MallSettings.defaults().update(java.util.Map.of("commission.monthly_cap",
                "2000000000.00"));

        assertThat(((SettingsUpdate.Rejected) r).problems()).extracting(SettingProblem::key)
                .containsExactly("commission.monthly_cap");
    }

    @Test
    void an_amount_or_area_setting_above_the_limits_the_mall_keeps_is_refused_naming_its_key() {
        SettingsUpdate r = MallSettings.defaults().update(ordered("commission.rate_per_head", "1000000000.01",
                "commission.monthly_cap", "2000000000.00", "buyer.rfm_fixed_monetary", "5000000000.00",
                "geometry.min_child_area_m2", "100000.01"));

        assertThat(((SettingsUpdate.Rejected) r).problems()).extracting(p -> p.key() + ": " + p.reason())
                .containsExactly(
                        "commission.rate_per_head: the amount 1000000000.01 is more than the limit of 1000000000.00",
                        "commission.monthly_cap: the amount 2000000000.00 is more than the limit of 1000000000.00",
                        "buyer.rfm_fixed_monetary: the amount 5000000000.00 is more than the limit of 1000000000.00",
                        "geometry.min_child_area_m2: the area 100000.01 m² is more than the limit of 100000.00 m²");
        // the limits themselves are values
        assertThat(MallSettings.defaults().update(ordered("buyer.rfm_fixed_monetary", "1000000000.00",
                "geometry.min_child_area_m2", "100000.00"))).isInstanceOf(SettingsUpdate.Updated.class);
    }
}
