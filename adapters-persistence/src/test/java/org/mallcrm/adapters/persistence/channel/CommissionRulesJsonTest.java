package org.mallcrm.adapters.persistence.channel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.mallcrm.domain.channel.ChannelCode;
import org.mallcrm.domain.channel.CommissionPolicy;
import org.mallcrm.domain.money.Money;

class CommissionRulesJsonTest {

    @Test
    void null_for_an_optional_key_means_not_used_as_in_the_contracts_example() {
        var rules = CommissionRulesJson.parse("""
                {"default": {"rate_per_head": "20.00", "tiers": null, "tier_mode": "MARGINAL", "monthly_cap": null,
                             "min_heads": 1, "cap_at_reported": false, "cap_tolerance_pct": "0",
                             "variance_flag_pct": "10", "scan_order_tolerance_minutes": 0},
                 "channels": {"CH1": {"rate_per_head": null, "tiers": [{"from": 1, "rate": "15.00"},
                                                                       {"from": 1001, "rate": "18.00"}],
                                      "tier_mode": null, "min_heads": null, "cap_at_reported": null}}}""",
                CommissionPolicy.DEFAULT);

        CommissionPolicy ch1 = rules.policyFor(ChannelCode.of("CH1"));
        assertThat(ch1.tiers()).hasSize(2);
        assertThat(ch1.ratePerHead()).isEqualTo(Money.parse("20.00"));
        assertThat(ch1.minHeads()).isEqualTo(1);
    }

    @Test
    void a_wrong_value_is_still_refused_with_its_path() {
        assertThatThrownBy(() -> CommissionRulesJson.parse("""
                {"channels": {"CH1": {"rate_per_head": true}}}""", CommissionPolicy.DEFAULT))
                .hasMessageContaining("channels.CH1.rate_per_head");
    }

    @Test
    void an_amount_given_as_a_json_number_is_held_to_the_rule_of_a_string() {
        var rules = CommissionRulesJson.parse("""
                {"default": {"rate_per_head": 20.5, "monthly_cap": 3000, "variance_flag_pct": 12.50},
                 "channels": {"CH1": {"rate_per_head": 20.50}}}""", CommissionPolicy.DEFAULT);
        assertThat(rules.defaults().ratePerHead()).isEqualTo(Money.parse("20.50"));
        assertThat(rules.defaults().monthlyCap()).contains(Money.parse("3000.00"));
        assertThat(rules.defaults().varianceFlag().toString()).isEqualTo("12.5");
        assertThat(rules.policyFor(ChannelCode.of("CH1")).ratePerHead()).isEqualTo(Money.parse("20.50"));

        assertThatThrownBy(() -> CommissionRulesJson.parse("""
                {"default": {"rate_per_head": 1e2}}""", CommissionPolicy.DEFAULT))
                .hasMessageContaining("default.rate_per_head: amount 1E2 is written with an exponent");
        assertThatThrownBy(() -> CommissionRulesJson.parse("""
                {"default": {"rate_per_head": 1.5e1}}""", CommissionPolicy.DEFAULT))
                .hasMessageContaining("default.rate_per_head: amount 15E0 is written with an exponent");
        assertThatThrownBy(() -> CommissionRulesJson.parse("""
                {"default": {"rate_per_head": 100.123}}""", CommissionPolicy.DEFAULT))
                .hasMessageContaining("default.rate_per_head: amount 100.123 has more than 2 decimal places");
        assertThatThrownBy(() -> CommissionRulesJson.parse("""
                {"default": {"rate_per_head": 20.500}}""", CommissionPolicy.DEFAULT))
                .hasMessageContaining("default.rate_per_head: amount 20.500 has more than 2 decimal places");
        assertThatThrownBy(() -> CommissionRulesJson.parse("""
                {"default": {"monthly_cap": 1e-400}}""", CommissionPolicy.DEFAULT))
                .hasMessageContaining("default.monthly_cap: amount 1E-400 has more than 2 decimal places");
        assertThatThrownBy(() -> CommissionRulesJson.parse("""
                {"default": {"variance_flag_pct": 1e1}}""", CommissionPolicy.DEFAULT))
                .hasMessageContaining("default.variance_flag_pct: percentage 1E1 is written with an exponent");
    }

    @Test
    void an_amount_given_as_a_string_is_read_by_the_one_rule_of_money() {
        for (String odd : new String[] {"100.", ".5", "+5", "1e3"}) {
            assertThatThrownBy(() -> CommissionRulesJson.parse("{\"channels\": {\"CH1\": {\"tiers\": "
                    + "[{\"from\": 1, \"rate\": \"" + odd + "\"}]}}}", CommissionPolicy.DEFAULT))
                    .as(odd).hasMessageContaining("channels.CH1.tiers[0].rate: amount '" + odd + "'");
        }
    }
}
