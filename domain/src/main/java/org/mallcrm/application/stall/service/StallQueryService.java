package org.mallcrm.application.stall.service;

import java.util.List;
import java.util.Optional;
import org.mallcrm.application.common.port.in.Page;
import org.mallcrm.application.stall.port.in.StallFilter;
import org.mallcrm.application.stall.port.in.StallQueries;
import org.mallcrm.application.stall.port.out.Stalls;
import org.mallcrm.domain.stall.Stall;
import org.mallcrm.domain.stall.StallNo;

/** Answers stall queries from the repository; the cursor is the last stall number of the page. */
public final class StallQueryService implements StallQueries {

    private final Stalls stalls;

    public StallQueryService(Stalls stalls) {
        this.stalls = stalls;
    }

    @Override
    public Optional<Stall> find(StallNo no) {
        return stalls.find(no);
    }

    @Override
    public Page<Stall> list(StallFilter filter, String cursor, int limit) {
        if (limit < 1 || limit > MAX_PAGE) {
            throw new IllegalArgumentException("limit must be between 1 and " + MAX_PAGE);
        }
        StallNo after = cursor == null || cursor.isBlank() ? null : StallNo.of(cursor);
        List<Stall> rows = stalls.list(filter, after, limit + 1);
        if (rows.size() <= limit) {
            return new Page<>(rows, null);
        }
        List<Stall> page = rows.subList(0, limit);
        return new Page<>(page, page.get(limit - 1).no().value());
    }
}
