package org.mallcrm.application.coupon.port.in;

import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.mallcrm.domain.coupon.ClosedSubsidyStatement;
import org.mallcrm.domain.coupon.SettlementMethod;
import org.mallcrm.domain.coupon.SubsidyStatement;
import org.mallcrm.domain.merchant.MerchantNo;

/**
 * Subsidy statements (营销补差): per merchant and local month, the mall's shares of the discounts on the month's
 * standing redemptions plus the adjustments posted on it. A draft is computed on every read; closing stores it for
 * good and settles it as the mall's settings say: paid out, or offset on the merchant's next rent installment as a
 * non-cash receipt on its lease account.
 */
public interface SubsidyUseCases {

    /** The closed statement, or the draft as it stands. */
    SubsidyStatement statement(MerchantNo merchant, YearMonth month);

    /**
     * The month's statement of every merchant that has one: closed, or a draft with a line or an adjustment; by
     * merchant number. Each is what {@link #statement} answers for that merchant.
     */
    List<SubsidyStatement> statementsOf(YearMonth month);

    /** Closes the month and settles it as the mall's settings say. */
    default SubsidyCloseOutcome close(MerchantNo merchant, YearMonth month) {
        return close(merchant, month, Optional.empty());
    }

    /**
     * Closes the month and settles it by {@code settle} when given (staff choosing, for this statement, to pay out
     * or to offset it on rent), else as the mall's settings say.
     */
    SubsidyCloseOutcome close(MerchantNo merchant, YearMonth month, Optional<SettlementMethod> settle);

    /** The merchant's closed statements, by month (the merchant app's {@code /me/subsidies}). */
    List<ClosedSubsidyStatement> closed(MerchantNo merchant);

    sealed interface SubsidyCloseOutcome {

        record Closed(ClosedSubsidyStatement statement) implements SubsidyCloseOutcome {
        }

        /** It was closed before; it stays as it was. */
        record AlreadyClosed(ClosedSubsidyStatement statement) implements SubsidyCloseOutcome {
        }

        /**
         * The month has not ended ({@link #MONTH_OPEN}), or an offset on rent is impossible: the merchant holds no live
         * lease ({@link #NO_LIVE_LEASE}) or its lease account refused the offset ({@link #OFFSET_REFUSED}).
         *
         * @param code a stable code for machines and for the pages' words
         */
        record Refused(String reason, String code) implements SubsidyCloseOutcome {

            public static final String MONTH_OPEN = "month-open";
            public static final String NO_LIVE_LEASE = "no-live-lease";
            public static final String OFFSET_REFUSED = "offset-refused";

            public Refused {
                if (!List.of(MONTH_OPEN, NO_LIVE_LEASE, OFFSET_REFUSED).contains(code)) {
                    throw new IllegalArgumentException("not a subsidy close refusal code: " + code);
                }
            }
        }
    }
}
