package org.mallcrm.application.buyer.port.out;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.mallcrm.domain.buyer.BuyerActivity;
import org.mallcrm.domain.buyer.BuyerAttribute;
import org.mallcrm.domain.buyer.BuyerId;
import org.mallcrm.domain.time.DateRange;

/**
 * The sums buyer analytics needs, computed where the data is: over a hundred thousand buyers and millions of
 * check-in scans the store aggregates (one pass, in SQL) and the core only ranks and divides. A visit day is a local
 * day in Asia/Shanghai (UTC+8 all year since 1991) with at least one {@code CHECKIN} scan by the buyer.
 */
public interface BuyerAnalytics {

    /**
     * For every <b>registered</b> buyer with at least one visit day in {@code window}: its last visit day in the
     * window, the number of its visit days in the window, and its spend, the order amounts of its redemptions made
     * on a day of the window (local days) and not reversed. Each buyer once, in any order.
     */
    void forEachActive(DateRange window, Consumer<BuyerActivity> sink);

    /**
     * One buyer's sums over {@code window}, as {@link #forEachActive} gives them (registered or not); empty when it
     * has no visit day in the window. Asked once per claim of a campaign whose audience names RFM segments.
     */
    Optional<BuyerActivity> activityOf(BuyerId buyer, DateRange window);

    /**
     * Registered buyers counted by {@code attribute}: the main category's name, the province's full name, the
     * transport mode's code, or the first channel's code (the channel of the trip of the buyer's earliest valid
     * head); {@link org.mallcrm.domain.buyer.Shares#NONE} for buyers without one. When {@code activeIn} is given,
     * only the buyers with a visit day in it.
     */
    Map<String, Long> countBy(BuyerAttribute attribute, Optional<DateRange> activeIn);

    /** The visit days of one buyer, registered or not (anonymous buyers have visits too), ascending. */
    List<LocalDate> visitDays(BuyerId buyer);
}
