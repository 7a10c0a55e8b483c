package org.mallcrm.application.lease.port.out;

import java.util.List;
import java.util.Optional;
import org.mallcrm.domain.placement.Placement;

/** Placements (落位单) with their approval trail, as stored. */
public interface Placements {

    Optional<Placement> find(String placementNo);

    /** Placements with a number greater than {@code after} (null: from the start), by number. */
    List<Placement> list(String after, int limit);

    String nextNumber();

    void insert(Placement placement);

    void update(Placement placement);
}
