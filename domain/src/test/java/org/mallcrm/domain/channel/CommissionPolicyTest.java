package org.mallcrm.domain.channel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.mallcrm.domain.money.Money;

/** Paid heads, variance flags and the validation of a commission policy. */
class CommissionPolicyTest {

    @Test
    void the_defaults_are_those_of_the_rules() {
        CommissionPolicy p = CommissionPolicy.DEFAULT;

        assertThat(p.ratePerHead()).isEqualTo(Money.parse("20.00"));
        assertThat(p.tiers()).isEmpty();
        assertThat(p.tierMode()).isEqualTo(TierMode.MARGINAL);
        assertThat(p.monthlyCap()).isEmpty();
        assertThat(p.minHeads()).isEqualTo(1);
        assertThat(p.capAtReported()).isFalse();
        assertThat(p.capTolerance()).isEqualTo(Percent.ZERO);
        assertThat(p.varianceFlag()).isEqualTo(Percent.parse("10"));
        assertThat(p.scanOrderToleranceMinutes()).isZero();
    }

    @Test
    void paid_heads_are_the_valid_heads_never_the_reported_count() {
        assertThat(CommissionPolicy.DEFAULT.paidHeads(48, 45)).isEqualTo(48);
        assertThat(CommissionPolicy.DEFAULT.paidHeads(30, 45)).isEqualTo(30);
    }

    @Test
    void the_cap_at_reported_rounds_the_tolerance_down() {
        CommissionPolicy p = CommissionPolicy.DEFAULT.withCapAtReported(true).withCapTolerance(Percent.parse("5"));

        assertThat(p.paidHeads(60, 45)).isEqualTo(47);
        assertThat(p.paidHeads(46, 45)).isEqualTo(46);
        assertThat(p.withCapTolerance(Percent.ZERO).paidHeads(0, 0)).isZero();
    }

    @Test
    void a_trip_below_min_heads_is_paid_nothing() {
        CommissionPolicy p = CommissionPolicy.DEFAULT.withMinHeads(10);

        assertThat(p.paidHeads(9, 45)).isZero();
        assertThat(p.paidHeads(10, 45)).isEqualTo(10);
        assertThat(CommissionPolicy.DEFAULT.paidHeads(0, 45)).isZero();
    }

    @Test
    void a_trip_is_flagged_only_beyond_the_variance_flag() {
        CommissionPolicy p = CommissionPolicy.DEFAULT;

        assertThat(p.flagged(45, 50)).isFalse();
        assertThat(p.flagged(44, 50)).isTrue();
        assertThat(p.flagged(55, 50)).isFalse();
        assertThat(p.flagged(56, 50)).isTrue();
        assertThat(p.flagged(3, 0)).isFalse();
        assertThat(p.withVarianceFlag(Percent.parse("12.5")).flagged(35, 40)).isFalse();
        assertThat(p.withVarianceFlag(Percent.parse("12.49")).flagged(35, 40)).isTrue();
    }

    @Test
    void the_variance_is_shown_to_one_decimal() {
        assertThat(CommissionCalculator.variancePct(40, 45)).contains(new BigDecimal("-11.1"));
        assertThat(CommissionCalculator.variancePct(48, 45)).contains(new BigDecimal("6.7"));
        assertThat(CommissionCalculator.variancePct(5, 0)).isEmpty();
    }

    @Test
    void per_channel_policies_override_the_default() {
        CommissionPolicy special = CommissionPolicy.DEFAULT.withRatePerHead(Money.parse("25.00"));
        CommissionRules rules = CommissionRules.DEFAULT.withChannel(ChannelCode.of("CH9"), special);

        assertThat(rules.policyFor(ChannelCode.of("CH9"))).isEqualTo(special);
        assertThat(rules.policyFor(ChannelCode.of("CH1"))).isEqualTo(CommissionPolicy.DEFAULT);
    }

    @Test
    void tiers_must_start_at_head_one_and_rise() {
        assertThatThrownBy(() -> CommissionPolicy.DEFAULT.withTiers(List.of(Tier.of(2, "15.00"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("head 1");
        assertThatThrownBy(() -> CommissionPolicy.DEFAULT.withTiers(List.of(Tier.of(1, "15.00"), Tier.of(1, "18.00"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("increasing");
    }

    @Test
    void impossible_settings_are_refused() {
        assertThatThrownBy(() -> CommissionPolicy.DEFAULT.withMonthlyCap(Optional.of(Money.parse("-1.00"))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CommissionPolicy.DEFAULT.withScanOrderToleranceMinutes(-1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Percent.parse("-5")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Percent.parse("1.005")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void percentages_read_and_print_as_plain_numbers() {
        assertThat(Percent.parse("10").basisPoints()).isEqualTo(1000);
        assertThat(Percent.parse("12.5")).hasToString("12.5");
        assertThat(Percent.parse("10.00")).hasToString("10");
        assertThat(Percent.ZERO).hasToString("0");
    }
}
