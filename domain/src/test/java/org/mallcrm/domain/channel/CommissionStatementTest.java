package org.mallcrm.domain.channel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mallcrm.fixtures.channel.ChannelFixtures.at;
import static org.mallcrm.fixtures.channel.ChannelFixtures.trip;

import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.mallcrm.domain.buyer.BuyerId;
import org.mallcrm.domain.money.Money;
import org.mallcrm.fixtures.channel.ChannelFixtures;
import org.mallcrm.fixtures.channel.ChannelFixtures.Fed;
import org.mallcrm.fixtures.channel.ScanLog;

/** Monthly statements: built from a reconciliation, closed for good, corrected only on later statements. */
class CommissionStatementTest {

    private static final ChannelCode CH = ChannelCode.of("CH001");
    private static final YearMonth MARCH = YearMonth.of(2025, 3);
    private static final YearMonth APRIL = YearMonth.of(2025, 4);

    private final Trip first = trip("T1", "CH001", "2025-03-10T09:00", "2025-03-10T11:00", 3);
    private final Trip second = trip("T2", "CH001", "2025-03-20T09:00", "2025-03-20T11:00", 2);
    private final Trip otherChannel = trip("T3", "CH002", "2025-03-20T09:00", "2025-03-20T11:00", 2);
    private final Trip april = trip("T4", "CH001", "2025-04-02T09:00", "2025-04-02T11:00", 2);

    private final CommissionRules rules = CommissionRules.of(CommissionPolicy.DEFAULT.withCapAtReported(true));

    /** T1: 4 valid (3 paid, cap at reported); T2: 2 valid; T3: 1 valid (other channel); T4: 1 valid in April. */
    private Fed fed() {
        ScanLog log = new ScanLog();
        for (int i = 1; i <= 4; i++) {
            log.channel("B1" + i, first, at("2025-03-10T08:00")).checkin("B1" + i, at("2025-03-10T09:0" + (5 - i)));
        }
        for (int i = 1; i <= 2; i++) {
            log.channel("B2" + i, second, at("2025-03-20T08:00")).checkin("B2" + i, at("2025-03-20T09:10"));
        }
        log.channel("B31", otherChannel, at("2025-03-20T08:00")).checkin("B31", at("2025-03-20T09:10"));
        log.channel("B41", april, at("2025-04-02T08:00")).checkin("B41", at("2025-04-02T09:10"));
        return ChannelFixtures.reconcile(List.of(first, second, otherChannel, april), log.scans(), rules);
    }

    private DraftStatement marchDraft() {
        Fed fed = fed();
        return DraftStatement.build(CH, MARCH, CommissionCalculator.compute(fed.counts(), rules), rules, fed.heads(),
                List.of());
    }

    @Test
    void a_draft_holds_the_channels_trips_of_the_month_with_every_head_traced() {
        DraftStatement draft = marchDraft();

        assertThat(draft.status()).isEqualTo(StatementStatus.DRAFT);
        assertThat(draft.lines()).extracting(l -> l.trip().tripNo().value()).containsExactly("T1", "T2");
        assertThat(draft.validHeads()).isEqualTo(6);
        assertThat(draft.paidHeads()).isEqualTo(5);
        assertThat(draft.total()).isEqualTo(Money.parse("100.00"));
        StatementLine t1 = draft.lines().get(0);
        assertThat(t1.heads()).hasSize(4).allSatisfy(h -> {
            assertThat(h.channelScan()).isNotNull();
            assertThat(h.checkinScan()).isNotNull();
        });
    }

    @Test
    void when_fewer_heads_are_paid_than_valid_the_earliest_checkins_are_paid() {
        StatementLine t1 = marchDraft().lines().get(0);

        assertThat(t1.heads()).filteredOn(TracedHead::paid).extracting(h -> h.buyer().value())
                .containsExactly("B14", "B13", "B12");
        assertThat(t1.heads()).filteredOn(h -> !h.paid()).extracting(h -> h.buyer().value()).containsExactly("B11");
    }

    @Test
    void heads_that_do_not_match_the_reconciliation_are_refused() {
        Fed fed = fed();
        Reconciliation r = CommissionCalculator.compute(fed.counts(), rules);

        assertThatThrownBy(() -> DraftStatement.build(CH, MARCH, r, rules, fed.heads().subList(1, fed.heads().size()),
                List.of())).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("valid heads");
    }

    @Test
    void closing_freezes_the_statement_and_a_second_close_is_refused() {
        Instant when = at("2025-04-03T10:00");
        CloseOutcome first = CloseOutcome.close(marchDraft(), when);

        assertThat(first).isInstanceOf(CloseOutcome.Closed.class);
        ClosedStatement closed = first.statement();
        assertThat(closed.status()).isEqualTo(StatementStatus.CLOSED);
        assertThat(closed.closedAt()).isEqualTo(when);
        assertThat(closed.total()).isEqualTo(Money.parse("100.00"));
        CloseOutcome again = CloseOutcome.close(closed, at("2025-05-01T10:00"));
        assertThat(again).isInstanceOf(CloseOutcome.AlreadyClosed.class);
        assertThat(again.statement()).isSameAs(closed);
    }

    @Test
    void a_fraudulent_head_becomes_an_adjustment_on_the_next_statement() {
        ClosedStatement march = marchDraft().close(at("2025-04-03T10:00"));

        CorrectionOutcome outcome = march.correct(List.of(),
                List.of(new HeadKey(TripNo.of("T2"), BuyerId.of("B21"))), "buyer B21 never came");

        assertThat(outcome).isInstanceOfSatisfying(CorrectionOutcome.Corrected.class, c -> {
            assertThat(c.adjustments()).singleElement().satisfies(a -> {
                assertThat(a.trip()).isEqualTo(TripNo.of("T2"));
                assertThat(a.correctedMonth()).isEqualTo(MARCH);
                assertThat(a.amount()).isEqualTo(Money.parse("-20.00"));
                assertThat(a.paidHeadsDelta()).isEqualTo(-1);
                assertThat(a.revokedHeads()).extracting(h -> h.buyer().value()).containsExactly("B21");
            });
            Fed fed = fed();
            DraftStatement aprilDraft = DraftStatement.build(CH, APRIL, CommissionCalculator.compute(fed.counts(),
                    rules), rules, fed.heads(), c.adjustments());
            assertThat(aprilDraft.linesTotal()).isEqualTo(Money.parse("20.00"));
            assertThat(aprilDraft.adjustmentsTotal()).isEqualTo(Money.parse("-20.00"));
            assertThat(aprilDraft.total()).isEqualTo(Money.ZERO);
        });
        assertThat(march.total()).isEqualTo(Money.parse("100.00"));
    }

    @Test
    void revoking_an_unpaid_head_of_a_capped_trip_costs_nothing_but_is_recorded() {
        ClosedStatement march = marchDraft().close(at("2025-04-03T10:00"));

        CorrectionOutcome outcome = march.correct(List.of(),
                List.of(new HeadKey(TripNo.of("T1"), BuyerId.of("B11"))), "duplicate phone");

        assertThat(outcome).isInstanceOfSatisfying(CorrectionOutcome.Corrected.class, c ->
                assertThat(c.adjustments()).singleElement().satisfies(a -> {
                    assertThat(a.amount()).isEqualTo(Money.ZERO);
                    assertThat(a.paidHeadsDelta()).isZero();
                    assertThat(a.revokedHeads()).hasSize(1);
                }));
    }

    @Test
    void a_second_correction_builds_on_the_first_and_cannot_revoke_a_head_twice() {
        ClosedStatement march = marchDraft().close(at("2025-04-03T10:00"));
        HeadKey b11 = new HeadKey(TripNo.of("T1"), BuyerId.of("B11"));
        HeadKey b12 = new HeadKey(TripNo.of("T1"), BuyerId.of("B12"));
        List<Adjustment> firstRound = ((CorrectionOutcome.Corrected) march.correct(List.of(), List.of(b11), "fraud"))
                .adjustments();

        CorrectionOutcome second = march.correct(firstRound, List.of(b12), "fraud");
        CorrectionOutcome twice = march.correct(firstRound, List.of(b11), "fraud");

        assertThat(second).isInstanceOfSatisfying(CorrectionOutcome.Corrected.class, c ->
                assertThat(c.adjustments()).singleElement().satisfies(a ->
                        assertThat(a.amount()).isEqualTo(Money.parse("-20.00"))));
        assertThat(twice).isEqualTo(new CorrectionOutcome.Refused(CorrectionOutcome.Reason.ALREADY_REVOKED,
                List.of(b11)));
    }

    @Test
    void a_head_not_on_the_statement_cannot_be_revoked() {
        ClosedStatement march = marchDraft().close(at("2025-04-03T10:00"));
        HeadKey stranger = new HeadKey(TripNo.of("T3"), BuyerId.of("B31"));

        assertThat(march.correct(List.of(), List.of(stranger), "fraud"))
                .isEqualTo(new CorrectionOutcome.Refused(CorrectionOutcome.Reason.NOT_ON_STATEMENT, List.of(stranger)));
    }

    @Test
    void under_a_monthly_cap_revoking_an_early_head_moves_money_between_trips() {
        CommissionRules capped = CommissionRules.of(CommissionPolicy.DEFAULT.withCapAtReported(true)
                .withMonthlyCap(Optional.of(Money.parse("90.00"))));
        Fed fed = fed();
        ClosedStatement march = DraftStatement.build(CH, MARCH, CommissionCalculator.compute(fed.counts(), capped),
                capped, fed.heads(), List.of()).close(at("2025-04-03T10:00"));
        assertThat(march.lines()).extracting(StatementLine::commission)
                .containsExactly(Money.parse("60.00"), Money.parse("30.00"));

        CorrectionOutcome outcome = march.correct(List.of(),
                List.of(new HeadKey(TripNo.of("T1"), BuyerId.of("B14")), new HeadKey(TripNo.of("T1"),
                        BuyerId.of("B13"))), "fraud");

        assertThat(outcome).isInstanceOfSatisfying(CorrectionOutcome.Corrected.class, c ->
                assertThat(c.adjustments()).extracting(Adjustment::trip, Adjustment::amount).containsExactly(
                        org.assertj.core.groups.Tuple.tuple(TripNo.of("T1"), Money.parse("-20.00")),
                        org.assertj.core.groups.Tuple.tuple(TripNo.of("T2"), Money.parse("10.00"))));
    }

    @Test
    void an_adjustment_cannot_post_on_its_own_month() {
        ClosedStatement march = marchDraft().close(at("2025-04-03T10:00"));
        List<Adjustment> adj = ((CorrectionOutcome.Corrected) march.correct(List.of(),
                List.of(new HeadKey(TripNo.of("T2"), BuyerId.of("B21"))), "fraud")).adjustments();
        Fed fed = fed();

        assertThatThrownBy(() -> DraftStatement.build(CH, MARCH, CommissionCalculator.compute(fed.counts(), rules),
                rules, fed.heads(), adj)).isInstanceOf(IllegalArgumentException.class);
    }
}
