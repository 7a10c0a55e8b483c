package org.mallcrm.application.coupon.port.in;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.mallcrm.application.common.port.in.RowError;
import org.mallcrm.domain.campaign.Refusal;
import org.mallcrm.domain.coupon.Redemption;
import org.mallcrm.domain.coupon.RedemptionRefusal;
import org.mallcrm.domain.merchant.MerchantNo;

/**
 * A merchant redeems a coupon (核销) on an order: the discount and its split per domain-rules.md §7; a coupon
 * redeems once, whatever the concurrency. Refusals: {@code UNKNOWN_CODE}, {@code ALREADY_REDEEMED},
 * {@code EXPIRED}, {@code NOT_YET_VALID}, {@code BELOW_THRESHOLD}, {@code MERCHANT_NOT_PARTICIPATING}. A code that
 * is not a coupon code at all (wrong length, characters or check character) and an order amount that is not a
 * positive amount in fen are bad input, named by field ({@code coupon_code}, {@code order_amount},
 * {@code order_no}).
 */
public interface RedeemCouponUseCase {

    RedeemOutcome redeem(RedeemCommand command);

    /**
     * @param couponCode as typed or scanned
     * @param orderAmount as written ({@code "1280.00"}); three decimals or a negative amount are bad input
     * @param at when (default now): a paper record is judged at its own instant
     */
    record RedeemCommand(String couponCode, MerchantNo merchant, String orderAmount, Optional<String> orderNo,
            Optional<Instant> at) {

        public RedeemCommand {
            Objects.requireNonNull(merchant, "merchant");
            orderNo = orderNo == null ? Optional.empty() : orderNo;
            at = at == null ? Optional.empty() : at;
        }
    }

    sealed interface RedeemOutcome {

        record Redeemed(Redemption redemption) implements RedeemOutcome {
        }

        record Refused(Refusal<RedemptionRefusal> refusal) implements RedeemOutcome {
        }

        record Invalid(List<RowError> errors) implements RedeemOutcome {
            public Invalid {
                errors = List.copyOf(errors);
            }
        }

        /** No such merchant. */
        record NotFound(String what) implements RedeemOutcome {
        }
    }
}
