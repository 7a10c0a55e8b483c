package org.mallcrm.domain.credit;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
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
     * The same check for a batch that names these merchants (a file of leases): a check that reads stored credit
     * may read theirs at once here. The result answers for any merchant, named or not.
     */
    default LeasingEligibility readAhead(Collection<MerchantNo> merchants) {
        return this;
    }

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

    /**
     * The check over stored credit, as {@link #fromCredit(CreditPolicy, Function)}, whose {@link #readAhead} reads
     * the named merchants' credit with one call of {@code creditsOf} (a merchant it leaves out was never assessed).
     */
    static LeasingEligibility fromCredit(CreditPolicy policy, Function<MerchantNo, Optional<MerchantCredit>> credits,
            Function<Collection<MerchantNo>, Map<MerchantNo, MerchantCredit>> creditsOf) {
        LeasingEligibility one = fromCredit(policy, credits);
        Objects.requireNonNull(creditsOf, "creditsOf");
        return new LeasingEligibility() {
            @Override
            public Eligibility check(MerchantNo merchant, LocalDate asOf) {
                return one.check(merchant, asOf);
            }

            @Override
            public LeasingEligibility readAhead(Collection<MerchantNo> merchants) {
                Set<MerchantNo> named = Set.copyOf(merchants);
                Map<MerchantNo, MerchantCredit> read = Map.copyOf(creditsOf.apply(named));
                return fromCredit(policy, m -> named.contains(m) ? Optional.ofNullable(read.get(m)) : credits.apply(m));
            }
        };
    }
}
