package org.mallcrm.application.buyer.port.in;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.mallcrm.application.common.port.in.Outcome;
import org.mallcrm.domain.buyer.BuyerAttribute;
import org.mallcrm.domain.buyer.Share;

/**
 * Shares of registered buyers ({@code buyers stats --by …}): by main category, province, transport mode or first
 * channel, counts and percentages summing to exactly 100.00. With {@code from} and/or {@code to}, only the buyers
 * with a visit in that range (a missing {@code to} is today; a missing {@code from}, any time before).
 */
public interface BuyerStatsUseCase {

    /** Invalid when {@code to} is before {@code from}. */
    Outcome<List<Share>> stats(BuyerAttribute by, Optional<LocalDate> from, Optional<LocalDate> to);
}
