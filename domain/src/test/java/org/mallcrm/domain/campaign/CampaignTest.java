package org.mallcrm.domain.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mallcrm.fixtures.campaign.CampaignFixtures.at;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.mallcrm.domain.buyer.BuyerId;
import org.mallcrm.domain.buyer.Province;
import org.mallcrm.domain.buyer.RfmSegment;
import org.mallcrm.domain.channel.ChannelCode;
import org.mallcrm.domain.stall.BusinessType;
import org.mallcrm.fixtures.campaign.CampaignFixtures;

class CampaignTest {

    private static Campaign changed(CampaignChange c) {
        if (c instanceof CampaignChange.Changed ch) {
            return ch.campaign();
        }
        throw new AssertionError("refused: " + ((CampaignChange.Refused) c).reason());
    }

    private static String refused(CampaignChange c) {
        return ((CampaignChange.Refused) c).reason();
    }

    private static BuyerTraits buyer(Province p, String category, RfmSegment s, String channel) {
        return new BuyerTraits(BuyerId.of("b1"), Optional.ofNullable(p),
                Optional.ofNullable(category).map(BusinessType::new), Optional.ofNullable(s),
                Optional.ofNullable(channel).map(ChannelCode::of));
    }

    @Test
    void draft_to_running_to_paused_and_back_to_ended() {
        Instant t = at("2026-10-02T10:00");
        Campaign draft = CampaignFixtures.f1Draft();
        assertThat(draft.status()).isEqualTo(CampaignStatus.DRAFT);
        assertThat(refused(draft.pause(t))).contains("has not started");
        assertThat(refused(draft.end(t))).contains("a draft is not ended");

        Campaign running = changed(draft.start(t));
        assertThat(running.status()).isEqualTo(CampaignStatus.RUNNING);
        assertThat(refused(running.start(t))).contains("running already");

        Campaign paused = changed(running.pause(t));
        assertThat(paused.isRunningAt(t)).isFalse();
        Campaign resumed = changed(paused.start(t));
        assertThat(resumed.status()).isEqualTo(CampaignStatus.RUNNING);

        Campaign ended = changed(resumed.end(t));
        assertThat(ended.status()).isEqualTo(CampaignStatus.ENDED);
        assertThat(refused(ended.start(t))).contains("has ended");
        assertThat(refused(ended.pause(t))).contains("has ended");
        assertThat(refused(ended.end(t))).contains("has ended");
    }

    @Test
    void each_status_offers_exactly_the_steps_its_campaign_takes() {
        Instant t = at("2026-10-02T10:00");
        Campaign draft = CampaignFixtures.f1Draft();
        Campaign running = changed(draft.start(t));
        Campaign paused = changed(running.pause(t));
        Campaign ended = changed(running.end(t));
        for (Campaign c : List.of(draft, running, paused, ended)) {
            java.util.Set<CampaignStatus.Step> taken = java.util.EnumSet.noneOf(CampaignStatus.Step.class);
            if (c.start(t) instanceof CampaignChange.Changed) {
                taken.add(CampaignStatus.Step.START);
            }
            if (c.pause(t) instanceof CampaignChange.Changed) {
                taken.add(CampaignStatus.Step.PAUSE);
            }
            if (c.end(t) instanceof CampaignChange.Changed) {
                taken.add(CampaignStatus.Step.END);
            }
            assertThat(c.status().steps()).as(c.status().name()).isEqualTo(taken);
        }
        assertThat(running.status().steps()).containsExactly(CampaignStatus.Step.PAUSE, CampaignStatus.Step.END);
        assertThat(ended.status().steps()).isEmpty();
    }

    @Test
    void a_campaign_ends_by_itself_when_its_window_is_over() {
        Campaign running = CampaignFixtures.f1Running();
        assertThat(running.statusAt(at("2026-10-07T23:59:59"))).isEqualTo(CampaignStatus.RUNNING);
        assertThat(running.statusAt(at("2026-10-08T00:00"))).isEqualTo(CampaignStatus.ENDED);
        assertThat(running.asOf(at("2026-10-08T00:00")).status()).isEqualTo(CampaignStatus.ENDED);
        assertThat(refused(running.pause(at("2026-10-08T00:00")))).contains("ended with its window");
        assertThat(refused(CampaignFixtures.f1Draft().start(at("2026-10-09T00:00")))).contains("ended");
    }

    @Test
    void a_window_ending_before_it_starts_is_refused() {
        assertThatThrownBy(() -> new CampaignWindow(at("2026-10-07T00:00"), at("2026-10-01T00:00")))
                .hasMessageContaining("ends").hasMessageContaining("before it starts");
    }

    @Test
    void claims_need_a_running_coupon_campaign_and_a_buyer_in_its_audience() {
        Campaign f1 = CampaignFixtures.f1Running();
        BuyerTraits anyone = buyer(null, null, null, null);

        assertThat(f1.refuseClaim(at("2026-10-02T10:00"), anyone)).isEmpty();
        assertThat(f1.refuseClaim(at("2026-10-08T00:00"), anyone)).hasValueSatisfying(
                r -> assertThat(r.code()).isEqualTo(ClaimRefusal.NOT_RUNNING));
        assertThat(CampaignFixtures.f1Draft().refuseClaim(at("2026-10-02T10:00"), anyone)).hasValueSatisfying(
                r -> assertThat(r.code()).isEqualTo(ClaimRefusal.NOT_RUNNING));
        assertThat(CampaignFixtures.event("E-1", 10).refuseClaim(at("2026-10-02T10:00"), anyone))
                .hasValueSatisfying(r -> assertThat(r.code()).isEqualTo(ClaimRefusal.NOT_A_COUPON_CAMPAIGN));
    }

    @Test
    void an_audience_matches_any_value_within_a_list_and_every_list_given() {
        Audience zhejiangWomenswear = Audience.of(Set.of(Province.ZHEJIANG, Province.JIANGSU),
                Set.of(new BusinessType("女装")), Set.of(), Set.of());

        assertThat(Audience.EVERYONE.admits(buyer(null, null, null, null))).isTrue();
        assertThat(zhejiangWomenswear.admits(buyer(Province.JIANGSU, "女装", null, null))).isTrue();
        assertThat(zhejiangWomenswear.admits(buyer(Province.ZHEJIANG, "男装", null, null))).isFalse();
        assertThat(zhejiangWomenswear.excludes(buyer(Province.ANHUI, null, null, null)))
                .hasValueSatisfying(d -> assertThat(d).contains("province 安徽省").contains("main category (none)"));

        Audience loyal = Audience.of(Set.of(), Set.of(), Set.of(RfmSegment.IMPORTANT_VALUE),
                Set.of(ChannelCode.of("CH-1")));
        assertThat(loyal.needsSegment()).isTrue();
        assertThat(loyal.admits(buyer(null, null, RfmSegment.IMPORTANT_VALUE, "CH-1"))).isTrue();
        assertThat(loyal.admits(buyer(null, null, RfmSegment.IMPORTANT_VALUE, "CH-2"))).isFalse();
        assertThat(loyal.admits(buyer(null, null, null, "CH-1"))).isFalse();
    }

    @Test
    void event_sign_ups_are_cancellable_until_the_start_and_attendance_is_from_the_start() {
        Campaign event = changed(CampaignFixtures.event("E-1", 2).start(at("2026-10-01T09:00")));
        BuyerTraits anyone = buyer(null, null, null, null);

        assertThat(event.refuseSignup(at("2026-10-10T10:00"), anyone)).isEmpty();
        assertThat(event.refuseCancellation(at("2026-10-15T08:59:59"))).isEmpty();
        assertThat(event.refuseCancellation(at("2026-10-15T09:00"))).hasValueSatisfying(
                r -> assertThat(r.code()).isEqualTo(SignupRefusal.ALREADY_STARTED));
        assertThat(event.refuseAttendance(at("2026-10-15T08:00"))).hasValueSatisfying(
                r -> assertThat(r.code()).isEqualTo(SignupRefusal.NOT_STARTED));
        assertThat(event.refuseAttendance(at("2026-10-15T09:30"))).isEmpty();
        assertThat(CampaignFixtures.f1Running().refuseSignup(at("2026-10-02T10:00"), anyone)).hasValueSatisfying(
                r -> assertThat(r.code()).isEqualTo(SignupRefusal.NOT_AN_EVENT));
    }

    @Test
    void n_days_validity_runs_from_the_claim_through_the_end_of_the_local_day_n_days_later() {
        ValidityRule sevenDays = new ValidityRule.DaysAfterClaim(7);
        Validity v = sevenDays.validityFor(at("2026-10-01T15:00"), CampaignFixtures.f1Window());

        assertThat(v.from()).isEqualTo(at("2026-10-01T15:00"));
        assertThat(v.lastDay()).isEqualTo(LocalDate.parse("2026-10-08"));
        assertThat(v.judge(at("2026-10-08T23:59:59"))).isEqualTo(Validity.Judgement.VALID);
        assertThat(v.judge(at("2026-10-09T00:00"))).isEqualTo(Validity.Judgement.EXPIRED);
        assertThat(v.judge(at("2026-10-01T14:59"))).isEqualTo(Validity.Judgement.NOT_YET_VALID);
        assertThatThrownBy(() -> new ValidityRule.DaysAfterClaim(0)).hasMessageContaining("valid days");
    }

    @Test
    void participation_by_list_or_business_type() {
        MerchantStanding m1 = CampaignFixtures.operating("M-0001");
        Participation listed = Participation.Listed.of(Set.of(org.mallcrm.domain.merchant.MerchantNo.of("M-0002")));
        Participation shoes = Participation.OfBusinessTypes.of(Set.of(new BusinessType("鞋包")));
        Participation womenswear = Participation.OfBusinessTypes.of(Set.of(new BusinessType("女装")));

        assertThat(new Participation.AllOperating().excludes(m1)).isEmpty();
        assertThat(listed.excludes(m1)).hasValueSatisfying(d -> assertThat(d).contains("not among"));
        assertThat(shoes.excludes(m1)).hasValueSatisfying(d -> assertThat(d).contains("none of the campaign's"));
        assertThat(womenswear.excludes(m1)).isEmpty();
    }

    @Test
    void batch_terms_are_checked() {
        assertThatThrownBy(() -> new CouponFace.PercentOff(org.mallcrm.domain.channel.Percent.of(0), Optional.empty()))
                .hasMessageContaining("percent off");
        assertThatThrownBy(() -> new CouponFace.AmountOff(org.mallcrm.domain.money.Money.ZERO))
                .hasMessageContaining("positive");
        assertThatThrownBy(() -> new CouponBatch(CampaignFixtures.f2Face(), org.mallcrm.domain.money.Money.ZERO, 0,
                1, new ValidityRule.WholeWindow(), new Participation.AllOperating(),
                org.mallcrm.domain.channel.Percent.of(60))).hasMessageContaining("stock");
        assertThatThrownBy(() -> new CouponBatch(CampaignFixtures.f2Face(), org.mallcrm.domain.money.Money.ZERO, 1,
                1, new ValidityRule.WholeWindow(), new Participation.AllOperating(),
                org.mallcrm.domain.channel.Percent.of(101))).hasMessageContaining("at most 100");
    }
}
