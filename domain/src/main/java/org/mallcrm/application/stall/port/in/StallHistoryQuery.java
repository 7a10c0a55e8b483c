package org.mallcrm.application.stall.port.in;

import java.util.Optional;
import org.mallcrm.domain.stall.StallNo;

/** A stall's lineage both ways and the documents with their trail. */
public interface StallHistoryQuery {

    /**
     * The history of the stall with this number. A number a stall had before a renumbering leads to that stall.
     * Empty when no stall has, or had, the number.
     */
    Optional<StallHistory> history(StallNo no);
}
