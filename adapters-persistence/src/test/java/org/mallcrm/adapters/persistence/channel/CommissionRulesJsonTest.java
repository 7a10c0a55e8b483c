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
}
