package org.mallcrm.domain.merchant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class FollowUpsTest {

    private static final StaffId LI = StaffId.of("李明");
    private static final StaffId ZHAO = StaffId.of("赵强");
    private static final MerchantNo M1 = MerchantNo.of("M-1");
    private static final MerchantNo M2 = MerchantNo.of("M-2");
    private static final MerchantNo M3 = MerchantNo.of("M-3");
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 10);

    @Test
    void visits_planned_for_today_or_earlier_are_due_most_overdue_first() {
        List<FollowUp> notes = List.of(
                new FollowUp(M1, "谈了租金", LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 10), LI),
                new FollowUp(M2, "看了铺位", LocalDate.of(2026, 2, 20), LocalDate.of(2026, 3, 5), LI),
                new FollowUp(M3, "下周再来", LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 11), LI));

        List<FollowUpDue> due = FollowUps.dueFor(LI, TODAY, notes);

        assertThat(due).extracting(FollowUpDue::merchant, FollowUpDue::daysOverdue)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(M2, 5L), org.assertj.core.groups.Tuple.tuple(M1, 0L));
    }

    @Test
    void a_later_follow_up_replaces_the_plan_of_an_earlier_one() {
        List<FollowUp> notes = List.of(
                new FollowUp(M1, "约了3月5日", LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 5), LI),
                new FollowUp(M1, "已拜访, 4月再约", LocalDate.of(2026, 3, 5), LocalDate.of(2026, 4, 1), LI),
                new FollowUp(M2, "约了", LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 3), LI),
                new FollowUp(M2, "不再跟进", LocalDate.of(2026, 3, 4), null, LI));

        assertThat(FollowUps.dueFor(LI, TODAY, notes)).isEmpty();
    }

    @Test
    void only_the_agent_of_the_latest_follow_up_owes_the_visit() {
        List<FollowUp> notes = List.of(
                new FollowUp(M1, "李明跟进", LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 4), LI),
                new FollowUp(M1, "交给赵强", LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 6), ZHAO));

        assertThat(FollowUps.dueFor(LI, TODAY, notes)).isEmpty();
        assertThat(FollowUps.dueFor(ZHAO, TODAY, notes)).extracting(FollowUpDue::nextVisitOn)
                .containsExactly(LocalDate.of(2026, 3, 6));
    }

    @Test
    void follow_ups_written_after_the_as_of_date_are_ignored() {
        List<FollowUp> notes = List.of(
                new FollowUp(M1, "约了", LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 4), LI),
                new FollowUp(M1, "later", LocalDate.of(2026, 3, 20), LocalDate.of(2026, 4, 1), LI));

        assertThat(FollowUps.dueFor(LI, TODAY, notes)).hasSize(1);
    }

    @Test
    void a_next_visit_before_the_note_is_rejected() {
        assertThatThrownBy(() -> new FollowUp(M1, "x", LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 1), LI))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
