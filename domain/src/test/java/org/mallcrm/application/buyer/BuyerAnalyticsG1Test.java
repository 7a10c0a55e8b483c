package org.mallcrm.application.buyer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mallcrm.application.buyer.port.in.BuyerFilter;
import org.mallcrm.application.campaign.port.in.CampaignSpec;
import org.mallcrm.application.common.port.in.Outcome;
import org.mallcrm.application.coupon.port.in.ReverseRedemptionUseCase.ReverseCommand;
import org.mallcrm.domain.buyer.BuyerAttribute;
import org.mallcrm.domain.buyer.BuyerId;
import org.mallcrm.domain.buyer.RfmAnalysis;
import org.mallcrm.domain.buyer.RfmScore;
import org.mallcrm.domain.buyer.RfmSegment;
import org.mallcrm.domain.buyer.RfmThresholds;
import org.mallcrm.domain.buyer.Share;
import org.mallcrm.domain.channel.ChannelCode;
import org.mallcrm.domain.coupon.Redemption;
import org.mallcrm.domain.coupon.Reverser;
import org.mallcrm.domain.money.Money;
import org.mallcrm.fixtures.coupon.MarketingWorld;

/**
 * Worked example G1 of domain-rules.md §6 through the use cases: visits from check-in scans (local days), spend
 * from redemptions (reversed ones and those outside the window left out), thresholds and segments; and the shares
 * of the same buyers.
 */
class BuyerAnalyticsG1Test {

    private final MarketingWorld w = new MarketingWorld("2026-10-31T20:00");

    private void spend(String buyer, String order, String at) {
        w.redeemed(w.claim("C-YEAR", buyer, at), "M-0001", order, at);
    }

    @BeforeEach
    void g1() {
        w.merchantWithLease("M-0001", "女装", "2025-01-01", "2027-12-31");
        w.buyer("b1", "13800000001", "浙江", "女装");
        w.buyer("b2", "13800000002", "浙江", "男装");
        w.buyer("b3", "13800000003", "江苏", "女装");
        w.buyer("b4", "13800000004", "广西", "童装");
        w.buyer("b5", "13800000005", null, "女装");
        w.runningCampaign(new CampaignSpec("C-YEAR", "全年满减", "COUPON", "2025-01-01T00:00:00+08:00",
                "2026-12-31T23:59:59+08:00", CampaignSpec.AudienceSpec.EVERYONE, null,
                new CampaignSpec.CouponSpec("AMOUNT_OFF", "0", "10.00", null, null, 1000, 100, null, null, null,
                        "50")));
        for (String d : List.of("2026-10-30", "2026-10-20", "2026-10-10")) {
            w.checkin("b1", d + "T10:00");
        }
        w.checkin("b1", "2026-10-10T15:00");
        w.checkin("b2", "2026-10-01T09:00");
        for (String d : List.of("2026-06-01", "2026-07-01", "2026-08-01", "2026-09-01")) {
            w.checkin("b3", d + "T11:00");
        }
        w.checkin("b4", "2026-10-25T08:00");
        w.checkin("b4", "2026-10-31T23:59:59");
        w.checkin("b5", "2026-03-01T00:00");
        w.checkin("b5", "2025-10-31T23:59:59");
        w.checkin("anon", "2026-10-31T10:00");

        spend("b1", "700.00", "2026-10-10T15:30");
        spend("b1", "500.00", "2026-10-20T11:00");
        spend("b2", "5000.00", "2026-10-01T10:00");
        Redemption reversed = w.redeemed(w.claim("C-YEAR", "b3", "2026-09-01T12:00"), "M-0001", "999.00",
                "2026-09-01T12:00");
        w.reversals.reverse(new ReverseCommand(reversed.no(), Reverser.staff("ops"),
                Optional.of(MarketingWorld.at("2026-09-01T13:00"))));
        spend("b4", "300.00", "2026-10-25T09:00");
        spend("b5", "800.00", "2026-03-01T10:00");
        spend("b5", "4000.00", "2025-10-31T12:00");

        w.trip("T1", "CH-A", "2026-10-10T09:00", "2026-10-10T18:00");
        w.trip("T2", "CH-B", "2026-10-20T09:00", "2026-10-20T18:00");
        w.channelScan("b1", "T1", "2026-10-10T08:00");
        w.channelScan("b1", "T2", "2026-10-20T08:00");
    }

    private static String row(RfmScore s) {
        return s.buyer() + " R" + s.recencyDays() + " F" + s.frequency() + " M" + s.monetary() + " " + s.segment();
    }

    @Test
    void g1_through_the_use_case() {
        RfmAnalysis rfm = ((Outcome.Done<RfmAnalysis>) w.rfm.rfm(Optional.of(LocalDate.parse("2026-10-31")),
                Optional.empty())).value();

        assertThat(rfm.thresholds()).isEqualTo(new RfmThresholds(30, 2, Money.parse("800.00")));
        assertThat(rfm.scores()).extracting(BuyerAnalyticsG1Test::row).containsExactly(
                "b1 R1 F3 M1200.00 IMPORTANT_VALUE",
                "b2 R30 F1 M5000.00 IMPORTANT_DEVELOP",
                "b3 R60 F4 M0.00 GENERAL_RETAIN",
                "b4 R0 F2 M300.00 GENERAL_VALUE",
                "b5 R244 F1 M800.00 IMPORTANT_WINBACK");
    }

    @Test
    void a_single_buyers_score_and_the_segment_filter_agree_with_the_analysis() {
        assertThat(w.rfm.scoreOf(BuyerId.of("b4")).orElseThrow().segment()).isEqualTo(RfmSegment.GENERAL_VALUE);
        assertThat(w.rfm.scoreOf(BuyerId.of("b5")).orElseThrow().segment()).isEqualTo(RfmSegment.IMPORTANT_WINBACK);
        assertThat(w.buyerQueries.list(new BuyerFilter(Optional.empty(), Optional.empty(),
                Optional.of(RfmSegment.IMPORTANT_VALUE)), null, 10).items()).extracting(b -> b.id().value())
                .containsExactly("b1");
        var file = w.buyerQueries.show(BuyerId.of("b1")).orElseThrow();
        assertThat(file.rfm().orElseThrow().segment()).isEqualTo(RfmSegment.IMPORTANT_VALUE);
        assertThat(file.firstChannel()).contains(ChannelCode.of("CH-A"));
        assertThat(file.visitDays()).containsExactly(LocalDate.parse("2026-10-10"), LocalDate.parse("2026-10-20"),
                LocalDate.parse("2026-10-30"));
        var anon = w.buyerQueries.show(BuyerId.of("anon")).orElseThrow();
        assertThat(anon.registered()).isFalse();
        assertThat(anon.rfm()).isEmpty();
        assertThat(w.buyerQueries.show(BuyerId.of("nobody"))).isEmpty();
    }

    private List<String> shares(BuyerAttribute by, Optional<LocalDate> from, Optional<LocalDate> to) {
        return ((Outcome.Done<List<Share>>) w.buyerQueries.stats(by, from, to)).value().stream()
                .map(s -> s.key() + " " + s.buyers() + " " + s.pct()).toList();
    }

    @Test
    void shares_of_the_registered_buyers_by_category_province_and_first_channel() {
        assertThat(shares(BuyerAttribute.CATEGORY, Optional.empty(), Optional.empty()))
                .containsExactly("女装 3 60.00", "男装 1 20.00", "童装 1 20.00");
        assertThat(shares(BuyerAttribute.PROVINCE, Optional.empty(), Optional.empty()))
                .containsExactly("浙江省 2 40.00", " 1 20.00", "广西壮族自治区 1 20.00", "江苏省 1 20.00");
        assertThat(shares(BuyerAttribute.CHANNEL, Optional.empty(), Optional.empty()))
                .containsExactly(" 4 80.00", "CH-A 1 20.00");
        assertThat(shares(BuyerAttribute.CATEGORY, Optional.of(LocalDate.parse("2026-10-01")), Optional.empty()))
                .containsExactly("女装 1 33.34", "男装 1 33.33", "童装 1 33.33");
        assertThat(w.buyerQueries.stats(BuyerAttribute.CATEGORY, Optional.of(LocalDate.parse("2026-10-02")),
                Optional.of(LocalDate.parse("2026-10-01")))).isInstanceOf(Outcome.Invalid.class);
    }
}
