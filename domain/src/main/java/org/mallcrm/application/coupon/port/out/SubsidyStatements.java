package org.mallcrm.application.coupon.port.out;

import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.mallcrm.domain.coupon.ClosedSubsidyStatement;
import org.mallcrm.domain.coupon.SubsidyAdjustment;
import org.mallcrm.domain.merchant.MerchantNo;

/**
 * Closed subsidy statements (营销补差; drafts are never stored: they are recomputed) and the adjustments posted on
 * later months when a closed month changes. Closing a merchant's month and changing it (a reversal, a late
 * redemption) must not interleave: both first {@link #lock} the merchant's month inside their unit of work.
 */
public interface SubsidyStatements {

    /**
     * Holds the merchant's month until the unit of work ends, so that a close and a change of the same month run one
     * after the other (e.g. {@code SELECT … FOR UPDATE} on a row per merchant and month, inserted if absent; on
     * SQLite the write transaction already runs alone).
     */
    void lock(MerchantNo merchant, YearMonth month);

    Optional<ClosedSubsidyStatement> findClosed(MerchantNo merchant, YearMonth month);

    /** The merchant's closed statements, by month. */
    List<ClosedSubsidyStatement> listClosed(MerchantNo merchant);

    /** Stores a closed statement with its lines; false when that month of the merchant is closed already. */
    boolean insertClosed(ClosedSubsidyStatement statement);

    /** The adjustments posted on a merchant's month. */
    List<SubsidyAdjustment> postedOn(MerchantNo merchant, YearMonth month);

    /** Every merchant's closed statement of a month. */
    List<ClosedSubsidyStatement> closedIn(YearMonth month);

    /** The adjustments posted on a month, of every merchant, in the order they were posted. */
    List<SubsidyAdjustment> postedIn(YearMonth month);

    void insertAdjustment(SubsidyAdjustment adjustment);
}
