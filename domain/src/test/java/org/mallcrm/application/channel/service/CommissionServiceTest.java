package org.mallcrm.application.channel.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mallcrm.fixtures.channel.ChannelFixtures.at;
import static org.mallcrm.fixtures.channel.ChannelFixtures.trip;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mallcrm.application.channel.port.in.StatementUseCases.CorrectionResult;
import org.mallcrm.domain.buyer.BuyerId;
import org.mallcrm.domain.channel.Channel;
import org.mallcrm.domain.channel.ChannelCode;
import org.mallcrm.domain.channel.CloseOutcome;
import org.mallcrm.domain.channel.CommissionStatement;
import org.mallcrm.domain.channel.ExclusionReason;
import org.mallcrm.domain.channel.HeadKey;
import org.mallcrm.domain.channel.Reconciliation;
import org.mallcrm.domain.channel.Scan;
import org.mallcrm.domain.channel.StatementStatus;
import org.mallcrm.domain.channel.StatementTotals;
import org.mallcrm.domain.channel.Trip;
import org.mallcrm.domain.money.Money;
import org.mallcrm.fixtures.channel.InMemoryCommissionRules;
import org.mallcrm.fixtures.channel.InMemoryScans;
import org.mallcrm.fixtures.channel.InMemoryStatements;
import org.mallcrm.fixtures.channel.InMemoryTrips;
import org.mallcrm.fixtures.channel.ScanLog;
import org.mallcrm.fixtures.common.DirectUnitOfWork;
import org.mallcrm.fixtures.common.FixedClock;

class CommissionServiceTest {

    private final InMemoryTrips trips = new InMemoryTrips();
    private final InMemoryScans scans = new InMemoryScans();
    private final InMemoryStatements statements = new InMemoryStatements();
    private final org.mallcrm.fixtures.settings.InMemoryMallSettings settings =
            new org.mallcrm.fixtures.settings.InMemoryMallSettings();
    private final CommissionService service = new CommissionService(trips, scans, new InMemoryCommissionRules(),
            statements, settings, new DirectUnitOfWork(), FixedClock.at("2025-04-02T00:00:00Z"));

    private final Trip march31 = trip("T1", "CH1", "2025-03-31T21:00", "2025-03-31T23:30", 2);
    private final Trip april1 = trip("T2", "CH2", "2025-04-01T07:00", "2025-04-01T09:00", 2);

    private void given(List<Trip> list, List<Scan> log) {
        trips.insertChannels(List.of(new Channel(ChannelCode.of("CH1"), "一"), new Channel(ChannelCode.of("CH2"), "二")));
        trips.insert(list);
        log.forEach(scans::insertIfAbsent);
    }

    @Test
    void a_neighbouring_months_trip_is_neither_an_unknown_code_nor_in_the_result() {
        ScanLog log = new ScanLog().channel("B1", march31, at("2025-03-31T20:00")).checkin("B1", at("2025-03-31T21:10"))
                .channel("B2", april1, at("2025-04-01T06:00")).checkin("B2", at("2025-04-01T07:30"))
                .channel("B3", "QR-NOBODY", at("2025-03-31T20:00"));
        given(List.of(march31, april1), log.scans());

        Reconciliation r = service.reconcile(LocalDate.of(2025, 3, 1), LocalDate.of(2025, 3, 31));

        assertThat(r.trips()).singleElement().satisfies(t -> assertThat(t.validHeads()).isEqualTo(1));
        assertThat(r.totals().excluded(ExclusionReason.UNKNOWN_CODE)).isEqualTo(1);
    }

    @Test
    void a_closed_statement_stays_and_a_correction_posts_on_the_next_month() {
        ScanLog log = new ScanLog();
        for (int i = 1; i <= 3; i++) {
            log.channel("B" + i, march31, at("2025-03-31T20:00")).checkin("B" + i, at("2025-03-31T21:0" + i));
        }
        given(List.of(march31, april1), log.scans());
        ChannelCode ch1 = ChannelCode.of("CH1");
        YearMonth march = YearMonth.of(2025, 3);

        CommissionStatement draft = service.statement(ch1, march);
        assertThat(draft.status()).isEqualTo(StatementStatus.DRAFT);
        assertThat(draft.total()).isEqualTo(Money.parse("60.00"));
        // the month's list: every channel's statement from one reconciliation, each what statement() answers
        assertThat(service.statementsOf(march)).singleElement().satisfies(s -> {
            assertThat(s.channel()).isEqualTo(ch1);
            assertThat(s.status()).isEqualTo(StatementStatus.DRAFT);
            assertThat(s.total()).isEqualTo(draft.total());
            assertThat(s.lines()).isEqualTo(draft.lines());
        });
        assertThat(service.totalsOf(march)).as("a draft's totals, figure for figure")
                .containsExactly(StatementTotals.of(draft));
        assertThat(service.close(ch1, march)).isInstanceOf(CloseOutcome.Closed.class);
        assertThat(service.statementsOf(march)).containsExactly(service.statement(ch1, march));
        assertThat(service.totalsOf(march)).singleElement().satisfies(t -> {
            assertThat(t).isEqualTo(StatementTotals.of(service.statement(ch1, march)));
            assertThat(t.status()).isEqualTo(StatementStatus.CLOSED);
        });
        scans.insertIfAbsent(new ScanLog().channel("B9", march31, at("2025-03-31T20:00")).scans().get(0));
        assertThat(service.close(ch1, march)).isInstanceOf(CloseOutcome.AlreadyClosed.class);

        CorrectionResult result = service.correct(ch1, march, List.of(new HeadKey(march31.tripNo(), BuyerId.of("B2"))),
                "fraud");

        assertThat(result).isInstanceOfSatisfying(CorrectionResult.Posted.class, p -> {
            assertThat(p.postedOn()).isEqualTo(YearMonth.of(2025, 4));
            assertThat(p.adjustments()).singleElement().satisfies(a -> assertThat(a.amount())
                    .isEqualTo(Money.parse("-20.00")));
        });
        assertThat(service.statement(ch1, march).total()).isEqualTo(Money.parse("60.00"));
        assertThat(service.statement(ch1, YearMonth.of(2025, 4)).total()).isEqualTo(Money.parse("-20.00"));
        assertThat(service.totalsOf(YearMonth.of(2025, 4))).as("april: a draft with march's adjustment")
                .containsExactlyElementsOf(service.statementsOf(YearMonth.of(2025, 4)).stream()
                        .map(StatementTotals::of).toList());
        assertThat(service.correct(ch1, march, List.of(new HeadKey(march31.tripNo(), BuyerId.of("B2"))), "again"))
                .isInstanceOf(CorrectionResult.Refused.class);
        assertThat(service.line(march31.tripNo()).orElseThrow().line().heads()).hasSize(3);
    }

    @Test
    void the_default_policy_is_the_malls_settings_and_a_channel_keeps_only_what_it_set_itself() {
        org.mallcrm.domain.channel.CommissionPolicy base = service.rules().defaults();
        assertThat(base).isEqualTo(org.mallcrm.domain.channel.CommissionPolicy.DEFAULT);
        org.mallcrm.domain.channel.CommissionRules rules = org.mallcrm.domain.channel.CommissionRules
                .of(base.withMinHeads(3))
                .withChannel(ChannelCode.of("CH2"), base.withMinHeads(3).withCapAtReported(true));

        assertThat(service.setRules(rules, "li.na")).isInstanceOf(org.mallcrm.application.common.port.in.Outcome.Done.class);
        assertThat(settings.stored()).containsEntry("commission.min_heads", "3");
        assertThat(settings.history(java.util.Optional.empty())).singleElement()
                .satisfies(c -> assertThat(c.by()).isEqualTo("li.na"));

        // a later change of the default (a setting) reaches what the channel did not set itself
        new org.mallcrm.application.settings.service.SettingsService(settings, new DirectUnitOfWork(),
                FixedClock.at("2025-04-03T00:00:00Z")).set("commission.rate_per_head", "25.00", "li.na");
        org.mallcrm.domain.channel.CommissionPolicy ch2 = service.rules().policyFor(ChannelCode.of("CH2"));
        assertThat(ch2.ratePerHead()).isEqualTo(org.mallcrm.domain.money.Money.parse("25.00"));
        assertThat(ch2.capAtReported()).isTrue();
        assertThat(ch2.minHeads()).isEqualTo(3);
        assertThat(service.rules().policyFor(ChannelCode.of("CH9")).ratePerHead())
                .isEqualTo(org.mallcrm.domain.money.Money.parse("25.00"));
    }
}
