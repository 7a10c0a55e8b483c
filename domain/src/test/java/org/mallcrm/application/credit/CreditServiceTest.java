package org.mallcrm.application.credit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mallcrm.application.common.port.in.Outcome;
import org.mallcrm.application.credit.port.in.CreditUseCases;
import org.mallcrm.application.credit.port.in.CreditUseCases.RecordCommand;
import org.mallcrm.application.credit.port.in.CreditUseCases.TypeSpec;
import org.mallcrm.domain.credit.BehaviourRecordId;
import org.mallcrm.domain.credit.CreditEvent;
import org.mallcrm.domain.credit.CreditGrade;
import org.mallcrm.domain.credit.Eligibility;
import org.mallcrm.domain.merchant.Merchant;
import org.mallcrm.domain.merchant.MerchantNo;
import org.mallcrm.domain.merchant.Stage;
import org.mallcrm.fixtures.merchant.MerchantWorld;

class CreditServiceTest {

    static final MerchantNo M1 = MerchantNo.of("M-0001");
    MerchantWorld w;

    @BeforeEach
    void setUp() {
        w = new MerchantWorld("2026-02-01T02:00:00Z");
        w.merchants.insert(List.of(Merchant.enter(M1, "杭州丽人服饰", Stage.OPERATING, LocalDate.parse("2025-03-01"))));
        assertThat(w.credit.setTypes(List.of(
                new TypeSpec("LATE_OPENING", "迟开门", -1, "NORMAL", false),
                new TypeSpec("BLOCKING_AISLE", "占道经营", -3, null, null),
                new TypeSpec("OVERDUE_RENT", "逾期缴租", -5, "NORMAL", false),
                new TypeSpec("BONUS", "表彰加分", 2, "NORMAL", false),
                new TypeSpec("FIRE_HAZARD", "消防违规", -20, "SEVERE", false)))).isInstanceOf(Outcome.Done.class);
    }

    private CreditUseCases.Recorded record(String type, String day) {
        return record(type, day, null);
    }

    private CreditUseCases.Recorded record(String type, String day, String stall) {
        Outcome<CreditUseCases.Recorded> o = w.credit.record(new RecordCommand("M-0001", type, LocalDate.parse(day),
                stall, null, null));
        assertThat(o).as(o.toString()).isInstanceOf(Outcome.Done.class);
        return ((Outcome.Done<CreditUseCases.Recorded>) o).value();
    }

    @Test
    void the_score_over_time_is_the_standing_on_each_day_it_moved() {
        record("LATE_OPENING", "2026-01-05", "1F-A-101");
        record("OVERDUE_RENT", "2026-01-20");
        Outcome<List<org.mallcrm.domain.credit.ScorePoint>> h = w.credit.scoreHistory(M1, null);

        assertThat(h).isInstanceOfSatisfying(Outcome.Done.class, d -> assertThat(
                ((Outcome.Done<List<org.mallcrm.domain.credit.ScorePoint>>) d).value()).extracting(
                        p -> p.on().toString(), org.mallcrm.domain.credit.ScorePoint::score).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("2026-01-04", 100),
                        org.assertj.core.groups.Tuple.tuple("2026-01-05", 99),
                        org.assertj.core.groups.Tuple.tuple("2026-01-20", 94),
                        org.assertj.core.groups.Tuple.tuple(w.clock.today().toString(), 94)));
        assertThat(w.credit.scoreHistory(MerchantNo.of("M-9999"), null)).isInstanceOf(Outcome.NotFound.class);
    }

    @Test
    void d1_through_the_use_cases_89_B_then_91_A_and_each_step_is_an_event() {
        record("LATE_OPENING", "2026-01-05", "1F-A-101");
        record("LATE_OPENING", "2026-01-06", "1F-A-101");
        record("LATE_OPENING", "2026-01-07", "1F-A-101");
        record("BLOCKING_AISLE", "2026-01-12");
        CreditUseCases.Recorded last = record("OVERDUE_RENT", "2026-01-20");
        assertThat(last.standing().score()).isEqualTo(89);
        assertThat(last.standing().grade()).isEqualTo(CreditGrade.B);
        assertThat(record("BONUS", "2026-01-25").standing().score()).isEqualTo(91);

        CreditUseCases.CreditView view = ((Outcome.Done<CreditUseCases.CreditView>) w.credit.show(M1, null)).value();
        assertThat(view.standing().grade()).isEqualTo(CreditGrade.A);
        assertThat(view.records()).hasSize(6);
        assertThat(view.events()).extracting(CreditEvent::scoreAfter).containsExactly(99, 98, 97, 94, 89, 91);
    }

    @Test
    void the_same_behaviour_twice_is_refused_and_counts_once() {
        record("LATE_OPENING", "2026-01-05", "1F-A-101");
        Outcome<CreditUseCases.Recorded> again = w.credit.record(new RecordCommand("M-0001", "LATE_OPENING",
                LocalDate.parse("2026-01-05"), "1F-A-101", "again", null));
        assertThat(again).isInstanceOf(Outcome.Refused.class);
        assertThat(((Outcome.Refused<?>) again).reason()).contains("already recorded as CR-000001");
    }

    @Test
    void an_appealed_record_stops_counting_until_upheld_and_another_merchant_cannot_appeal_it() {
        BehaviourRecordId id = record("OVERDUE_RENT", "2026-01-20").record().id();
        assertThat(w.credit.appeal(id, MerchantNo.of("M-0002"))).isInstanceOf(Outcome.NotFound.class);
        assertThat(((Outcome.Done<CreditUseCases.Recorded>) w.credit.appeal(id, M1)).value().standing().score())
                .isEqualTo(100);
        assertThat(w.credit.appeal(id, M1)).isInstanceOf(Outcome.Refused.class);
        assertThat(((Outcome.Done<CreditUseCases.Recorded>) w.credit.uphold(id)).value().standing().score())
                .isEqualTo(95);
    }

    @Test
    void a_severe_record_grades_D_and_the_blacklist_outlives_the_1_january_reset() {
        CreditUseCases.Recorded r = record("FIRE_HAZARD", "2026-01-15");
        assertThat(r.standing().grade()).isEqualTo(CreditGrade.D);
        assertThat(r.standing().blacklistedUntil()).contains(LocalDate.parse("2028-01-14"));

        CreditUseCases.CreditView nextYear = ((Outcome.Done<CreditUseCases.CreditView>) w.credit.show(M1,
                LocalDate.parse("2027-01-02"))).value();
        assertThat(nextYear.standing().score()).isEqualTo(100);
        assertThat(nextYear.standing().grade()).isEqualTo(CreditGrade.A);
        assertThat(nextYear.standing().blacklistedUntil()).contains(LocalDate.parse("2028-01-14"));
        assertThat(nextYear.events()).extracting(CreditEvent::cause)
                .containsExactly(CreditEvent.Cause.RECORDED, CreditEvent.Cause.PERIOD_RESET);
        assertThat(w.eligibility().check(M1, LocalDate.parse("2027-01-02"))).isInstanceOf(Eligibility.Refused.class);
        assertThat(w.eligibility().check(M1, LocalDate.parse("2028-01-15"))).isInstanceOf(Eligibility.Eligible.class);
    }

    @Test
    void as_of_a_day_before_the_first_record_the_merchant_has_the_base_score_and_no_record_yet() {
        record("LATE_OPENING", "2026-01-05", "1F-A-101");
        record("FIRE_HAZARD", "2026-01-15");

        Outcome<CreditUseCases.CreditView> o = w.credit.show(M1, LocalDate.parse("2026-01-04"));

        assertThat(o).as(o.toString()).isInstanceOf(Outcome.Done.class);
        CreditUseCases.CreditView then = ((Outcome.Done<CreditUseCases.CreditView>) o).value();
        assertThat(then.standing().asOf()).isEqualTo(LocalDate.parse("2026-01-04"));
        assertThat(then.standing().score()).isEqualTo(100);
        assertThat(then.standing().grade()).isEqualTo(CreditGrade.A);
        assertThat(then.standing().blacklistedUntil()).isEmpty();
        assertThat(then.records()).isEmpty();
        assertThat(then.events()).isEmpty();

        CreditUseCases.CreditView between = ((Outcome.Done<CreditUseCases.CreditView>) w.credit.show(M1,
                LocalDate.parse("2026-01-10"))).value();
        assertThat(between.standing().score()).isEqualTo(99);
        assertThat(between.records()).extracting(r -> r.on().toString()).containsExactly("2026-01-05");
    }

    @Test
    void a_bad_catalogue_names_each_field_and_keeps_the_old_one() {
        Outcome<?> o = w.credit.setTypes(List.of(new TypeSpec("bad code!", "x", 1, "NORMAL", false),
                new TypeSpec("OK", "ok", null, "MILD", false)));
        assertThat(o).isInstanceOf(Outcome.Invalid.class);
        assertThat(((Outcome.Invalid<?>) o).errors()).extracting(e -> e.column())
                .containsExactly("[0].code", "[1].severity", "[1].points");
        assertThat(w.credit.types().types()).hasSize(5);
    }

    @Test
    void an_empty_catalogue_is_refused_and_keeps_the_old_one() {
        Outcome<?> o = w.credit.setTypes(List.of());
        assertThat(o).isInstanceOf(Outcome.Invalid.class);
        assertThat(((Outcome.Invalid<?>) o).errors()).extracting(e -> e.reason())
                .containsExactly("name at least one behaviour type: the catalogue cannot be emptied");
        assertThat(w.credit.types().types()).hasSize(5);
    }

    @Test
    void an_unknown_type_or_merchant_is_reported() {
        assertThat(w.credit.record(new RecordCommand("M-0001", "NOPE", null, null, null, null)))
                .isInstanceOf(Outcome.Invalid.class);
        assertThat(w.credit.record(new RecordCommand("M-9999", "BONUS", null, null, null, null)))
                .isInstanceOf(Outcome.NotFound.class);
    }

    @Test
    void a_change_of_the_grade_thresholds_applies_from_then_on_and_recorded_events_stay_as_they_were() {
        record("LATE_OPENING", "2026-01-05", "1F-A-101");
        record("LATE_OPENING", "2026-01-06", "1F-A-101");
        record("LATE_OPENING", "2026-01-07", "1F-A-101");
        assertThat(record("BONUS", "2026-01-25").standing().grade()).isEqualTo(CreditGrade.A);

        assertThat(new org.mallcrm.application.settings.service.SettingsService(w.settings, w.unitOfWork, w.clock)
                .set("credit.grade_a_min", "100", "li.na")).isInstanceOf(Outcome.Done.class);

        CreditUseCases.CreditView view = ((Outcome.Done<CreditUseCases.CreditView>) w.credit.show(M1, null)).value();
        assertThat(view.standing().score()).isEqualTo(99);
        assertThat(view.standing().grade()).isEqualTo(CreditGrade.B);
        assertThat(view.events()).last().satisfies(e -> assertThat(e.gradeAfter()).isEqualTo(CreditGrade.A));
    }
}
