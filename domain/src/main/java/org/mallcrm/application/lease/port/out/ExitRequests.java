package org.mallcrm.application.lease.port.out;

import java.util.List;
import java.util.Optional;
import org.mallcrm.domain.lease.LeaseNo;
import org.mallcrm.domain.exit.ExitRequest;

/** Exit requests (退铺申请单) with their settlement statements, as stored. */
public interface ExitRequests {

    Optional<ExitRequest> find(String exitNo);

    /** Requests with a number greater than {@code after} (null: from the start), by number. */
    List<ExitRequest> list(String after, int limit);

    /** The lease's requests (withdrawn and settled ones too), by number: one lookup, not a scan of every exit. */
    List<ExitRequest> ofLease(LeaseNo lease);

    String nextNumber();

    void insert(ExitRequest request);

    void update(ExitRequest request);
}
