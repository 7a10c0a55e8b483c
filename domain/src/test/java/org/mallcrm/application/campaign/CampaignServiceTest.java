package org.mallcrm.application.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mallcrm.application.campaign.port.in.CampaignSpec;
import org.mallcrm.application.campaign.port.in.CampaignSpec.AudienceSpec;
import org.mallcrm.application.campaign.port.in.CampaignSpec.CouponSpec;
import org.mallcrm.application.common.port.in.Outcome;
import org.mallcrm.domain.buyer.BuyerId;
import org.mallcrm.domain.campaign.Campaign;
import org.mallcrm.domain.campaign.CampaignNo;
import org.mallcrm.domain.campaign.CampaignStatus;
import org.mallcrm.domain.campaign.CouponFace;
import org.mallcrm.domain.campaign.Participation;
import org.mallcrm.domain.campaign.ValidityRule;
import org.mallcrm.fixtures.coupon.MarketingWorld;

class CampaignServiceTest {

    private final MarketingWorld w = new MarketingWorld("2026-09-20T10:00");

    private static CouponSpec coupon() {
        return new CouponSpec("AMOUNT_OFF", "500.00", "50.00", null, null, 3, 2, null, null, null, "60");
    }

    private static CampaignSpec spec(String starts, String ends, AudienceSpec audience, CouponSpec coupon) {
        return new CampaignSpec("C-1", "国庆满减", "COUPON", starts, ends, audience, null, coupon);
    }

    private List<String> invalid(CampaignSpec spec) {
        Outcome<Campaign> o = w.campaignService.create(spec);
        return ((Outcome.Invalid<Campaign>) o).errors().stream().map(e -> e.column() + ": " + e.reason()).toList();
    }

    @Test
    void f1s_spec_makes_a_draft_with_its_terms() {
        Campaign c = ((Outcome.Done<Campaign>) w.campaignService.create(MarketingWorld.f1Spec())).value();

        assertThat(c.status()).isEqualTo(CampaignStatus.DRAFT);
        assertThat(c.couponBatch().orElseThrow().face()).isInstanceOf(CouponFace.AmountOff.class);
        assertThat(c.couponBatch().orElseThrow().validity()).isInstanceOf(ValidityRule.WholeWindow.class);
        assertThat(c.couponBatch().orElseThrow().participation()).isInstanceOf(Participation.AllOperating.class);
        assertThat(c.audience().isEveryone()).isTrue();
        assertThat(w.campaignService.create(MarketingWorld.f1Spec())).isInstanceOf(Outcome.Done.class);
        CampaignSpec other = new CampaignSpec("C-2026-10", "国庆满减 改", "COUPON", "2026-10-01T00:00:00+08:00",
                "2026-10-07T23:59:59+08:00", AudienceSpec.EVERYONE, null, coupon());
        assertThat(((Outcome.Refused<Campaign>) w.campaignService.create(other)).reason()).contains("other terms");
    }

    @Test
    void a_window_ending_before_it_starts_is_bad_input_on_ends_at() {
        assertThat(invalid(spec("2026-10-07T00:00:00+08:00", "2026-10-01T00:00:00+08:00", null, coupon())))
                .containsExactly("ends_at: the window ends (2026-10-01T00:00:00+08:00) before it starts "
                        + "(2026-10-07T00:00:00+08:00)");
        assertThat(invalid(spec("2026-10-07", "soon", null, coupon()))).extracting(s -> s.split(":")[0])
                .containsExactly("starts_at", "ends_at");
    }

    @Test
    void a_window_whose_start_or_end_falls_outside_the_days_the_mall_keeps_is_bad_input_on_that_field() {
        assertThat(invalid(spec("0001-01-01T00:00:00+08:00", "2026-10-07T00:00:00+08:00", null, coupon())))
                .extracting(s -> s.split(":")[0]).containsExactly("starts_at");
        assertThat(invalid(spec("2026-10-01T00:00:00+08:00", "9999-12-31T23:59:00+08:00", null, coupon())))
                .extracting(s -> s.split(":")[0]).containsExactly("ends_at");
        // the edges themselves are days the mall keeps
        assertThat(w.campaignService.create(spec("1900-01-01T00:00:00+08:00", "2199-12-31T23:59:59+08:00", null, coupon())))
                .isInstanceOf(Outcome.Done.class);
    }

    @Test
    void a_threshold_amount_or_cap_above_the_largest_amount_the_mall_keeps_is_bad_input_on_that_field() {
        String starts = "2026-10-01T00:00:00+08:00";
        String ends = "2026-10-07T23:59:59+08:00";
        assertThat(invalid(spec(starts, ends, null, new CouponSpec("AMOUNT_OFF", "1000000000.01", "50.00", null, null,
                3, 2, null, null, null, "60")))).containsExactly(
                        "coupon.threshold: the threshold 1000000000.01 is more than the limit of 1000000000.00");
        assertThat(invalid(spec(starts, ends, null, new CouponSpec("AMOUNT_OFF", "500.00", "9999999999.00", null,
                null, 3, 2, null, null, null, "60")))).extracting(s -> s.split(":")[0])
                .containsExactly("coupon.amount");
        assertThat(invalid(spec(starts, ends, null, new CouponSpec("PERCENT_OFF", "500.00", null, "10",
                "1000000000.01", 3, 2, null, null, null, "60")))).extracting(s -> s.split(":")[0])
                .containsExactly("coupon.cap");
        // the largest amount itself is one
        assertThat(w.campaignService.create(spec(starts, ends, null, new CouponSpec("AMOUNT_OFF", "1000000000.00",
                "50.00", null, null, 3, 2, null, null, null, "60")))).isInstanceOf(Outcome.Done.class);
    }

    @Test
    void every_bad_field_of_a_spec_is_named() {
        CouponSpec bad = new CouponSpec("HALF_OFF", "-1", null, null, null, 0, 0, 0, List.of("M-1"), List.of("女装"),
                "120");
        assertThat(invalid(new CampaignSpec("", "", "RAFFLE", "2026-10-01T00:00:00+08:00",
                "2026-10-07T00:00:00+08:00", new AudienceSpec(List.of("火星"), List.of(), List.of("VIP"), List.of()),
                null, bad))).extracting(s -> s.split(":")[0]).containsExactly("campaign_no", "name", "kind",
                        "audience.provinces", "audience.segments");
        assertThat(invalid(spec("2026-10-01T00:00:00+08:00", "2026-10-07T00:00:00+08:00", null, bad)))
                .extracting(s -> s.split(":")[0]).containsExactly("coupon.face", "coupon.threshold", "coupon.stock",
                        "coupon.per_buyer", "coupon.valid_days", "coupon.business_types", "coupon.mall_share_pct");
        assertThat(invalid(new CampaignSpec("E-1", "订货会", "EVENT", "2026-10-01T00:00:00+08:00",
                "2026-10-07T00:00:00+08:00", null, 0, coupon()))).extracting(s -> s.split(":")[0])
                .containsExactly("coupon", "capacity");
        assertThat(invalid(spec("2026-10-01T00:00:00+08:00", "2026-10-07T00:00:00+08:00", null,
                new CouponSpec("PERCENT_OFF", null, "5.00", "0", "0", 10, 1, null, null, null, "60"))))
                .extracting(s -> s.split(":")[0]).containsExactly("coupon.amount", "coupon.percent_off", "coupon.cap");
    }

    @Test
    void names_the_mall_does_not_know_are_refused_by_field() {
        assertThat(invalid(spec("2026-10-01T00:00:00+08:00", "2026-10-07T00:00:00+08:00",
                new AudienceSpec(List.of("浙江"), List.of("家电"), List.of(), List.of("CH-404")),
                new CouponSpec("AMOUNT_OFF", "0", "5.00", null, null, 10, 1, 7, List.of("M-404"), null, "100"))))
                .containsExactly("audience.categories: not one of the mall's business types",
                        "audience.channels: no such channel", "coupon.merchants: no such merchant");
    }

    @Test
    void staff_start_pause_and_end_and_buyers_see_what_is_open_to_them() {
        w.buyer("zj", "13800000001", "浙江", "女装");
        w.buyer("js", "13800000002", "江苏", "女装");
        w.campaignService.create(spec("2026-10-01T00:00:00+08:00", "2026-10-07T23:59:59+08:00",
                new AudienceSpec(List.of("浙江省"), List.of(), List.of(), List.of()), coupon()));
        CampaignNo no = CampaignNo.of("C-1");

        assertThat(w.campaignService.openTo(BuyerId.of("zj"))).isEmpty();
        assertThat(w.campaignService.start(no)).isInstanceOf(Outcome.Done.class);
        assertThat(w.campaignService.openTo(BuyerId.of("zj"))).extracting(c -> c.no().value()).containsExactly("C-1");
        assertThat(w.campaignService.openTo(BuyerId.of("js"))).isEmpty();
        assertThat(w.campaignService.openTo(BuyerId.of("stranger"))).isEmpty();

        assertThat(((Outcome.Done<Campaign>) w.campaignService.pause(no)).value().status())
                .isEqualTo(CampaignStatus.PAUSED);
        assertThat(w.campaignService.openTo(BuyerId.of("zj"))).isEmpty();
        assertThat(((Outcome.Done<Campaign>) w.campaignService.end(no)).value().status())
                .isEqualTo(CampaignStatus.ENDED);
        assertThat(w.campaignService.start(no)).isInstanceOf(Outcome.Refused.class);
        assertThat(w.campaignService.start(CampaignNo.of("C-404"))).isInstanceOf(Outcome.NotFound.class);
    }

    @Test
    void a_campaign_shows_ended_once_its_window_is_over() {
        w.runningCampaign(MarketingWorld.f1Spec());
        w.now("2026-10-08T00:00");
        assertThat(w.campaignService.find(CampaignNo.of("C-2026-10")).orElseThrow().status())
                .isEqualTo(CampaignStatus.ENDED);
        assertThat(w.campaignService.list(null, 10).items()).extracting(Campaign::status)
                .containsExactly(CampaignStatus.ENDED);
        assertThat(w.campaigns.find(CampaignNo.of("C-2026-10")).orElseThrow().status())
                .isEqualTo(CampaignStatus.RUNNING);
    }
}
