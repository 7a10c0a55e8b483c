package org.mallcrm.domain.credit;

import java.time.LocalDate;
import java.time.Period;
import java.util.Objects;

/**
 * A mall's credit settings (信誉分规则). Defaults ({@link #defaults()}): base 100, score clamped to [0, 100],
 * calendar-year period reset on 1 January, grades A ≥ 90, B ≥ 80, C ≥ 60, D below, blacklist for 2 years,
 * whitelist after grade A two periods running, automatic overdue records off.
 *
 * @param base              the score with no counting record
 * @param floor             lowest score
 * @param ceiling           highest score
 * @param blacklistDuration how long a blacklisting lasts: from the trigger day through
 *                          {@code day + duration − 1 day}, whatever happens to the score meanwhile
 * @param whitelistPeriods  how many periods running the merchant must close with grade A to be whitelisted
 */
public record CreditPolicy(int base, int floor, int ceiling, CreditPeriod period, GradeThresholds grades,
        Period blacklistDuration, int whitelistPeriods, OverdueRule overdue) {

    public CreditPolicy {
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(grades, "grades");
        Objects.requireNonNull(blacklistDuration, "blacklistDuration");
        Objects.requireNonNull(overdue, "overdue");
        if (!(floor <= base && base <= ceiling)) {
            throw new IllegalArgumentException("base " + base + " must lie within [" + floor + ", " + ceiling + "]");
        }
        if (blacklistDuration.isNegative() || blacklistDuration.isZero()) {
            throw new IllegalArgumentException("blacklist duration must be positive");
        }
        if (whitelistPeriods < 1) {
            throw new IllegalArgumentException("whitelist needs at least one period");
        }
    }

    public static CreditPolicy defaults() {
        return new CreditPolicy(100, 0, 100, CreditPeriod.CALENDAR_YEAR, GradeThresholds.defaults(),
                Period.ofYears(2), 2, OverdueRule.off());
    }

    public CreditPolicy withPeriod(CreditPeriod newPeriod) {
        return new CreditPolicy(base, floor, ceiling, newPeriod, grades, blacklistDuration, whitelistPeriods, overdue);
    }

    public CreditPolicy withGrades(GradeThresholds newGrades) {
        return new CreditPolicy(base, floor, ceiling, period, newGrades, blacklistDuration, whitelistPeriods, overdue);
    }

    public CreditPolicy withBlacklistDuration(Period duration) {
        return new CreditPolicy(base, floor, ceiling, period, grades, duration, whitelistPeriods, overdue);
    }

    public CreditPolicy withWhitelistPeriods(int periods) {
        return new CreditPolicy(base, floor, ceiling, period, grades, blacklistDuration, periods, overdue);
    }

    public CreditPolicy withOverdue(OverdueRule rule) {
        return new CreditPolicy(base, floor, ceiling, period, grades, blacklistDuration, whitelistPeriods, rule);
    }

    /** {@code base + sum}, clamped to [floor, ceiling]. */
    public int clamp(long sum) {
        long raw = base + sum;
        return (int) Math.max(floor, Math.min(ceiling, raw));
    }

    /** The last day of a blacklisting that starts on {@code day}. */
    public LocalDate blacklistedThrough(LocalDate day) {
        return day.plus(blacklistDuration).minusDays(1);
    }
}
