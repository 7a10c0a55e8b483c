package org.mallcrm.application.buyer.port.in;

import java.time.LocalDate;
import java.util.Optional;
import org.mallcrm.application.common.port.in.Outcome;
import org.mallcrm.domain.buyer.RfmAnalysis;

/**
 * RFM segmentation (客户分层, domain-rules.md §6) with the mall's RFM settings: on demand as of any day
 * ({@code buyers rfm}), and the <b>current segments</b> used to pick audiences, filter lists and show a buyer:
 * RFM as of the last complete local day (yesterday), so that they do not move during a day; recomputed when the day
 * or the settings change, and at least hourly (late imports of past scans).
 */
public interface RfmUseCase {

    /**
     * @param asOf the day (default today)
     * @param windowDays overrides the mall's window for this run
     * @return invalid when the window is out of range
     */
    Outcome<RfmAnalysis> rfm(Optional<LocalDate> asOf, Optional<Integer> windowDays);

    /** The current segments (as of yesterday). */
    RfmAnalysis current();
}
