package org.mallcrm.domain.campaign;

import java.util.Collections;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import org.mallcrm.domain.merchant.MerchantNo;
import org.mallcrm.domain.stall.BusinessType;

/**
 * Which merchants take a batch's coupons: every operating merchant, the merchants listed, or the merchants of some
 * business types. In every case the merchant must hold a live lease on the day of the redemption.
 */
public sealed interface Participation
        permits Participation.AllOperating, Participation.Listed, Participation.OfBusinessTypes {

    /** Empty when the merchant takes part; otherwise why not. */
    Optional<String> excludes(MerchantStanding m);

    /** Every operating merchant. */
    record AllOperating() implements Participation {

        @Override
        public Optional<String> excludes(MerchantStanding m) {
            if (!m.liveLease()) {
                return Optional.of("merchant " + m.merchant() + " holds no live lease");
            }
            return m.operating() ? Optional.empty()
                    : Optional.of("merchant " + m.merchant() + " is not operating in the mall");
        }
    }

    /** The merchants listed. */
    record Listed(SortedSet<MerchantNo> merchants) implements Participation {

        public Listed {
            merchants = Collections.unmodifiableSortedSet(new TreeSet<>(merchants));
            if (merchants.isEmpty()) {
                throw new IllegalArgumentException("a list of participating merchants names at least one");
            }
        }

        public static Listed of(Set<MerchantNo> merchants) {
            return new Listed(new TreeSet<>(merchants));
        }

        @Override
        public Optional<String> excludes(MerchantStanding m) {
            if (!merchants.contains(m.merchant())) {
                return Optional.of("merchant " + m.merchant() + " is not among the campaign's merchants");
            }
            return m.liveLease() ? Optional.empty()
                    : Optional.of("merchant " + m.merchant() + " holds no live lease");
        }
    }

    /** The merchants of these business types (the merchant's own or one of its leased stalls'). */
    record OfBusinessTypes(SortedSet<BusinessType> businessTypes) implements Participation {

        public OfBusinessTypes {
            businessTypes = Collections.unmodifiableSortedSet(new TreeSet<>(businessTypes));
            if (businessTypes.isEmpty()) {
                throw new IllegalArgumentException("a list of participating business types names at least one");
            }
        }

        public static OfBusinessTypes of(Set<BusinessType> types) {
            return new OfBusinessTypes(new TreeSet<>(types));
        }

        @Override
        public Optional<String> excludes(MerchantStanding m) {
            if (Collections.disjoint(businessTypes, m.businessTypes())) {
                return Optional.of("merchant " + m.merchant() + " trades in none of the campaign's business types");
            }
            return m.liveLease() ? Optional.empty()
                    : Optional.of("merchant " + m.merchant() + " holds no live lease");
        }
    }
}
