package org.mallcrm.application.coupon.port.in;

import java.time.YearMonth;
import java.util.List;
import org.mallcrm.domain.coupon.ClosedSubsidyStatement;
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

    SubsidyCloseOutcome close(MerchantNo merchant, YearMonth month);

    /** The merchant's closed statements, by month (the merchant app's {@code /me/subsidies}). */
    List<ClosedSubsidyStatement> closed(MerchantNo merchant);

    sealed interface SubsidyCloseOutcome {

        record Closed(ClosedSubsidyStatement statement) implements SubsidyCloseOutcome {
        }

        /** It was closed before; it stays as it was. */
        record AlreadyClosed(ClosedSubsidyStatement statement) implements SubsidyCloseOutcome {
        }

        /** The month has not ended, or an offset on rent is impossible (no live lease). */
        record Refused(String reason) implements SubsidyCloseOutcome {
        }
    }
}
