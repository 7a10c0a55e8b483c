package org.mallcrm.application.stall.port.in;

import java.util.Optional;
import org.mallcrm.application.common.port.in.Page;
import org.mallcrm.domain.stall.Stall;
import org.mallcrm.domain.stall.StallNo;

/** Reading stalls: one by number, or a filtered list in stall-number order, a page at a time. */
public interface StallQueries {

    int MAX_PAGE = 1000;

    Optional<Stall> find(StallNo no);

    /**
     * @param cursor the {@code nextCursor} of the previous page, or null for the first
     * @param limit  1..{@link #MAX_PAGE}
     */
    Page<Stall> list(StallFilter filter, String cursor, int limit);
}
