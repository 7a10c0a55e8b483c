package org.mallcrm.domain.credit;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.mallcrm.domain.merchant.MerchantNo;

/**
 * The credit check the leasing use cases call before a new lease or a renewal: a blacklisted merchant (黑名单)
 * is refused until its blacklisting ends, whatever its score is now.
 */
@FunctionalInterface
public interface LeasingEligibility {

    Eligibility check(MerchantNo merchant, LocalDate asOf);

    /**
     * The check over stored credit: {@code credits} finds a merchant's credit (empty for a merchant never
     * assessed, which is eligible).
     */
    static LeasingEligibility fromCredit(CreditPolicy policy, Function<MerchantNo, Optional<MerchantCredit>> credits) {
        Objects.requireNonNull(policy, "policy");
        Objects.requireNonNull(credits, "credits");
        return (merchant, asOf) -> credits.apply(merchant)
                .map(c -> c.leasingEligibility(policy, asOf))
                .orElseGet(Eligibility.Eligible::new);
    }
}
