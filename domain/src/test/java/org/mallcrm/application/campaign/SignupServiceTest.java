package org.mallcrm.application.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.mallcrm.application.campaign.port.in.CampaignSpec;
import org.mallcrm.application.campaign.port.in.SignupUseCases.SignupCommand;
import org.mallcrm.application.campaign.port.in.SignupUseCases.SignupOutcome;
import org.mallcrm.domain.buyer.BuyerId;
import org.mallcrm.domain.campaign.CampaignNo;
import org.mallcrm.domain.campaign.SignupRefusal;
import org.mallcrm.domain.coupon.CampaignMetrics;
import org.mallcrm.fixtures.coupon.MarketingWorld;

class SignupServiceTest {

    private final MarketingWorld w = new MarketingWorld("2026-10-01T10:00");
    private static final CampaignNo EVENT = CampaignNo.of("E-2026-AUTUMN");

    private void event(Integer capacity) {
        w.runningCampaign(new CampaignSpec("E-2026-AUTUMN", "秋季订货会", "EVENT", "2026-10-15T09:00:00+08:00",
                "2026-10-15T17:00:00+08:00", null, capacity, null));
    }

    private SignupOutcome signUp(String buyer, String at) {
        return w.signupService.signUp(new SignupCommand(EVENT, BuyerId.of(buyer), Optional.of(MarketingWorld.at(at))));
    }

    private static SignupRefusal refusal(SignupOutcome o) {
        return ((SignupOutcome.Refused) o).refusal().code();
    }

    @Test
    void places_are_taken_once_per_buyer_within_the_capacity_and_cancelled_until_the_start() {
        event(2);
        w.buyer("b1", 1);
        w.buyer("b2", 2);
        w.buyer("b3", 3);

        assertThat(signUp("b1", "2026-10-02T10:00")).isInstanceOf(SignupOutcome.Done.class);
        assertThat(refusal(signUp("b1", "2026-10-02T10:01"))).isEqualTo(SignupRefusal.ALREADY_SIGNED_UP);
        assertThat(signUp("b2", "2026-10-02T11:00")).isInstanceOf(SignupOutcome.Done.class);
        assertThat(refusal(signUp("b3", "2026-10-02T12:00"))).isEqualTo(SignupRefusal.FULL);
        assertThat(refusal(signUp("nobody", "2026-10-02T12:00"))).isEqualTo(SignupRefusal.UNKNOWN_BUYER);

        assertThat(w.signupService.cancel(new SignupCommand(EVENT, BuyerId.of("b2"),
                Optional.of(MarketingWorld.at("2026-10-14T12:00"))))).isInstanceOf(SignupOutcome.Done.class);
        assertThat(signUp("b3", "2026-10-14T13:00")).isInstanceOf(SignupOutcome.Done.class);
        assertThat(refusal(w.signupService.cancel(new SignupCommand(EVENT, BuyerId.of("b1"),
                Optional.of(MarketingWorld.at("2026-10-15T09:00")))))).isEqualTo(SignupRefusal.ALREADY_STARTED);

        assertThat(refusal(w.signupService.attend(new SignupCommand(EVENT, BuyerId.of("b1"),
                Optional.of(MarketingWorld.at("2026-10-15T08:00")))))).isEqualTo(SignupRefusal.NOT_STARTED);
        assertThat(w.signupService.attend(new SignupCommand(EVENT, BuyerId.of("b1"),
                Optional.of(MarketingWorld.at("2026-10-15T09:30"))))).isInstanceOf(SignupOutcome.Done.class);
        assertThat(refusal(w.signupService.attend(new SignupCommand(EVENT, BuyerId.of("b2"),
                Optional.of(MarketingWorld.at("2026-10-15T09:30")))))).isEqualTo(SignupRefusal.NOT_SIGNED_UP);

        CampaignMetrics m = w.stats.stats(EVENT).orElseThrow().overall();
        assertThat(m.signups()).isEqualTo(2);
        assertThat(m.attended()).isEqualTo(1);
        assertThat(m.claimed()).isZero();
        assertThat(w.stats.stats(EVENT).orElseThrow().byDay().get(java.time.LocalDate.parse("2026-10-15")).attended())
                .isEqualTo(1);
    }

    @Test
    void a_coupon_campaign_has_no_places_and_a_missing_campaign_is_not_found() {
        w.buyer("b1", 1);
        w.runningCampaign(MarketingWorld.f1Spec());
        assertThat(refusal(w.signupService.signUp(new SignupCommand(CampaignNo.of("C-2026-10"), BuyerId.of("b1"),
                Optional.empty())))).isEqualTo(SignupRefusal.NOT_AN_EVENT);
        assertThat(w.signupService.signUp(new SignupCommand(CampaignNo.of("E-404"), BuyerId.of("b1"),
                Optional.empty()))).isInstanceOf(SignupOutcome.NotFound.class);
    }

    @Test
    void two_hundred_buyers_racing_for_fifty_places_get_exactly_fifty() throws Exception {
        event(50);
        for (int i = 0; i < 200; i++) {
            w.buyer("B" + i, i);
        }
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<SignupOutcome>> futures = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                String b = "B" + i;
                futures.add(pool.submit(() -> signUp(b, "2026-10-02T10:00")));
            }
            int done = 0;
            for (Future<SignupOutcome> f : futures) {
                done += f.get() instanceof SignupOutcome.Done ? 1 : 0;
            }
            assertThat(done).isEqualTo(50);
            assertThat(w.signupService.signups(EVENT)).hasSize(50);
        } finally {
            pool.shutdownNow();
        }
    }
}
