package org.mallcrm.domain.credit;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.mallcrm.domain.merchant.MerchantNo;

/**
 * A merchant's credit as of a day (信誉分 / 信誉等级): score, grade, blacklisting in force, whitelist, and the
 * records that made the score (after dedupe, appeals and the period).
 *
 * @param blacklist the blacklisting in force on {@code asOf} that lasts longest, if any
 */
public record CreditStanding(MerchantNo merchant, LocalDate asOf, int score, CreditGrade grade,
        Optional<Blacklisting> blacklist, boolean whitelisted, List<BehaviourRecord> counting) {

    public CreditStanding {
        Objects.requireNonNull(merchant, "merchant");
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(grade, "grade");
        Objects.requireNonNull(blacklist, "blacklist");
        counting = List.copyOf(counting);
    }

    public boolean blacklisted() {
        return blacklist.isPresent();
    }

    /** The contract's {@code blacklisted_until}: last blacklisted day, inclusive. */
    public Optional<LocalDate> blacklistedUntil() {
        return blacklist.map(Blacklisting::through);
    }
}
