package org.mallcrm.domain.credit;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A merchant's credit on one day of its score over time ({@link MerchantCredit#scoreHistory}): score, grade and
 * whether a blacklisting was in force.
 */
public record ScorePoint(LocalDate on, int score, CreditGrade grade, boolean blacklisted) {

    public ScorePoint {
        Objects.requireNonNull(on, "on");
        Objects.requireNonNull(grade, "grade");
    }

    static ScorePoint of(CreditStanding s) {
        return new ScorePoint(s.asOf(), s.score(), s.grade(), s.blacklisted());
    }

    /** Whether the credit stands the same on both days. */
    boolean sameAs(ScorePoint o) {
        return score == o.score && grade == o.grade && blacklisted == o.blacklisted;
    }
}
