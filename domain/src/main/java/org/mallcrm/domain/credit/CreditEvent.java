package org.mallcrm.domain.credit;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.mallcrm.domain.merchant.MerchantNo;

/**
 * An auditable change of a merchant's credit: the standing before and after, what caused it and when. Made on
 * every record and appeal step (even when the score stays, so the trail is complete) and, by
 * {@link MerchantCredit#timeDrivenEvents}, on the days the score moves by itself (1 January reset, rolling
 * expiry, end of a blacklisting).
 *
 * @param record      the record acted on; {@code null} for a time-driven change
 * @param effectiveOn the day the standings are taken as of
 * @param at          when it happened (the application's clock; the mall's midnight for a time-driven change)
 * @param blacklistedUntilBefore {@code null} when not blacklisted before
 * @param blacklistedUntilAfter  {@code null} when not blacklisted after
 */
public record CreditEvent(MerchantNo merchant, Cause cause, BehaviourRecordId record, LocalDate effectiveOn,
        Instant at, int scoreBefore, CreditGrade gradeBefore, int scoreAfter, CreditGrade gradeAfter,
        LocalDate blacklistedUntilBefore, LocalDate blacklistedUntilAfter) {

    public CreditEvent {
        Objects.requireNonNull(merchant, "merchant");
        Objects.requireNonNull(cause, "cause");
        Objects.requireNonNull(effectiveOn, "effectiveOn");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(gradeBefore, "gradeBefore");
        Objects.requireNonNull(gradeAfter, "gradeAfter");
    }

    static CreditEvent between(CreditStanding before, CreditStanding after, Cause cause, BehaviourRecordId record,
            Instant at) {
        return new CreditEvent(after.merchant(), cause, record, after.asOf(), at, before.score(), before.grade(),
                after.score(), after.grade(), before.blacklistedUntil().orElse(null),
                after.blacklistedUntil().orElse(null));
    }

    public Optional<BehaviourRecordId> recordId() {
        return Optional.ofNullable(record);
    }

    /** Whether score, grade or blacklisting moved. */
    public boolean changed() {
        return scoreBefore != scoreAfter || gradeBefore != gradeAfter
                || !Objects.equals(blacklistedUntilBefore, blacklistedUntilAfter);
    }

    /** What caused the change. */
    public enum Cause {
        RECORDED, APPEAL_LODGED, APPEAL_UPHELD, APPEAL_WITHDRAWN, PERIOD_RESET, RECORDS_EXPIRED, BLACKLIST_ENDED
    }
}
