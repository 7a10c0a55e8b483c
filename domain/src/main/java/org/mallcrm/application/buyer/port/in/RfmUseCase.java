package org.mallcrm.application.buyer.port.in;

import java.time.LocalDate;
import java.util.Optional;
import org.mallcrm.application.common.port.in.Outcome;
import org.mallcrm.domain.buyer.BuyerId;
import org.mallcrm.domain.buyer.RfmAnalysis;
import org.mallcrm.domain.buyer.RfmScore;

/**
 * RFM segmentation (客户分层, domain-rules.md §6) with the mall's RFM settings: the whole analysis as of any day
 * ({@code buyers rfm}), and one buyer's score as of today (its segment for an audience, its file): its own visits
 * and spend as they stand, against today's thresholds. The thresholds are those of all registered buyers, kept for
 * the day and recomputed when the day or the settings change, and at least hourly.
 */
public interface RfmUseCase {

    /**
     * @param asOf the day (default today)
     * @param windowDays overrides the mall's window for this run
     * @return invalid when the window is out of range
     */
    Outcome<RfmAnalysis> rfm(Optional<LocalDate> asOf, Optional<Integer> windowDays);

    /** The buyer's score as of today; empty when it has no visit in the window (the caller decides who counts). */
    Optional<RfmScore> scoreOf(BuyerId buyer);
}
