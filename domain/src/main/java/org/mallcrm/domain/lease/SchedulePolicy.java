package org.mallcrm.domain.lease;

import java.util.Objects;

/**
 * A mall's rules for turning lease terms into a payment plan (收款计划).
 *
 * @param alignment                     billing periods anchored on the lease start (default) or on calendar
 *                                      periods with stubs
 * @param firstDue                      first installment due on the lease start (default) or the signing date
 * @param defaultAdvanceDays            later installments fall due this many days before their period (30)
 * @param reminderDays                  reminders go out this many days before the due date (7)
 * @param defaultProration              how partial months are charged when the lease does not say (actual days)
 * @param managementFeeWaivedInRentFree whether rent-free ranges also waive the management fee (false)
 * @param defaultEscalationAnchor       escalation counted from the lease start (default) or rent start
 * @param defaultEscalationMethod       compound (default), simple or fixed step when the lease does not say
 */
public record SchedulePolicy(PeriodAlignment alignment, FirstDue firstDue, int defaultAdvanceDays, int reminderDays,
        ProrationBasis defaultProration, boolean managementFeeWaivedInRentFree,
        EscalationAnchor defaultEscalationAnchor, EscalationMethod defaultEscalationMethod) {

    public static final SchedulePolicy DEFAULT = new SchedulePolicy(PeriodAlignment.ANCHORED, FirstDue.LEASE_START,
            30, 7, ProrationBasis.ACTUAL_DAYS, false, EscalationAnchor.START, EscalationMethod.COMPOUND);

    public SchedulePolicy {
        Objects.requireNonNull(alignment, "alignment");
        Objects.requireNonNull(firstDue, "firstDue");
        Objects.requireNonNull(defaultProration, "defaultProration");
        Objects.requireNonNull(defaultEscalationAnchor, "defaultEscalationAnchor");
        Objects.requireNonNull(defaultEscalationMethod, "defaultEscalationMethod");
        if (defaultAdvanceDays < 0 || reminderDays < 0) {
            throw new IllegalArgumentException("advance and reminder days cannot be negative");
        }
    }

    public SchedulePolicy withAlignment(PeriodAlignment a) {
        return new SchedulePolicy(a, firstDue, defaultAdvanceDays, reminderDays, defaultProration,
                managementFeeWaivedInRentFree, defaultEscalationAnchor, defaultEscalationMethod);
    }

    public SchedulePolicy withFirstDue(FirstDue f) {
        return new SchedulePolicy(alignment, f, defaultAdvanceDays, reminderDays, defaultProration,
                managementFeeWaivedInRentFree, defaultEscalationAnchor, defaultEscalationMethod);
    }

    public SchedulePolicy withManagementFeeWaivedInRentFree(boolean waived) {
        return new SchedulePolicy(alignment, firstDue, defaultAdvanceDays, reminderDays, defaultProration, waived,
                defaultEscalationAnchor, defaultEscalationMethod);
    }

    public SchedulePolicy withReminderDays(int days) {
        return new SchedulePolicy(alignment, firstDue, defaultAdvanceDays, days, defaultProration,
                managementFeeWaivedInRentFree, defaultEscalationAnchor, defaultEscalationMethod);
    }
}
