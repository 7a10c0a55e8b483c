package org.mallcrm.adapters.persistence;

import java.util.LinkedHashMap;
import java.util.Map;
import org.mallcrm.domain.lease.EscalationAnchor;
import org.mallcrm.domain.lease.EscalationMethod;
import org.mallcrm.domain.lease.FirstDue;
import org.mallcrm.domain.lease.LateFeeRate;
import org.mallcrm.domain.lease.LeaseRules;
import org.mallcrm.domain.lease.PeriodAlignment;
import org.mallcrm.domain.lease.ProrationBasis;
import org.mallcrm.domain.lease.SchedulePolicy;

/**
 * The rules a lease was signed under as stored text ({@code lease.signed_under}): {@code key=value} pairs separated by
 * {@code ;}. Exact both ways; every key is required on reading.
 */
final class LeaseRulesText {

    private LeaseRulesText() {
    }

    static String write(LeaseRules r) {
        SchedulePolicy s = r.schedule();
        Map<String, String> m = new LinkedHashMap<>();
        m.put("period_alignment", s.alignment().name());
        m.put("first_due", s.firstDue().name());
        m.put("advance_days", Integer.toString(s.defaultAdvanceDays()));
        m.put("reminder_days", Integer.toString(s.reminderDays()));
        m.put("proration", s.defaultProration().name());
        m.put("rent_free_waives_management_fee", Boolean.toString(s.managementFeeWaivedInRentFree()));
        m.put("escalation_anchor", s.defaultEscalationAnchor().name());
        m.put("escalation_method", s.defaultEscalationMethod().name());
        m.put("late_fee_rate_pct_per_day", r.lateFeeRate().toString());
        m.put("late_fee_grace_days", Integer.toString(r.lateFeeGraceDays()));
        StringBuilder sb = new StringBuilder();
        m.forEach((k, v) -> sb.append(sb.isEmpty() ? "" : ";").append(k).append('=').append(v));
        return sb.toString();
    }

    static LeaseRules read(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalStateException("a stored lease has no signed_under rules");
        }
        Map<String, String> m = new LinkedHashMap<>();
        for (String part : text.split(";")) {
            int eq = part.indexOf('=');
            if (eq > 0) {
                m.put(part.substring(0, eq), part.substring(eq + 1));
            }
        }
        SchedulePolicy s = new SchedulePolicy(PeriodAlignment.valueOf(get(m, "period_alignment")),
                FirstDue.valueOf(get(m, "first_due")), Integer.parseInt(get(m, "advance_days")),
                Integer.parseInt(get(m, "reminder_days")), ProrationBasis.valueOf(get(m, "proration")),
                Boolean.parseBoolean(get(m, "rent_free_waives_management_fee")),
                EscalationAnchor.valueOf(get(m, "escalation_anchor")),
                EscalationMethod.valueOf(get(m, "escalation_method")));
        return new LeaseRules(s, LateFeeRate.percentPerDay(get(m, "late_fee_rate_pct_per_day")),
                Integer.parseInt(get(m, "late_fee_grace_days")));
    }

    private static String get(Map<String, String> m, String key) {
        String v = m.get(key);
        if (v == null) {
            throw new IllegalStateException("the stored rules of a lease lack " + key);
        }
        return v;
    }
}
