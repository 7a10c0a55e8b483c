package org.mallcrm.application.stall.port.out;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.mallcrm.application.stall.port.in.StallFilter;
import org.mallcrm.domain.stall.Stall;
import org.mallcrm.domain.stall.StallNo;

/** The mall's stalls, as stored. Writes happen inside a unit of work. */
public interface Stalls {

    Optional<Stall> find(StallNo no);

    /** The stored stalls among {@code nos}, by number. */
    Map<StallNo, Stall> findAll(Collection<StallNo> nos);

    /** Every active (not split, not merged) stall on the floor. */
    List<Stall> activeOnFloor(String floor);

    /**
     * The floors that have an active stall, in {@link org.mallcrm.domain.stall.Floors#ORDER}. The default reads
     * every stall; a store answers it with one query.
     */
    default List<String> floors() {
        java.util.Set<String> floors = new java.util.HashSet<>();
        StallNo after = null;
        while (true) {
            List<Stall> page = list(org.mallcrm.application.stall.port.in.StallFilter.ALL, after, 1000);
            for (Stall s : page) {
                if (s.isActive()) {
                    floors.add(s.floor());
                }
            }
            if (page.size() < 1000) {
                break;
            }
            after = page.get(page.size() - 1).no();
        }
        return floors.stream().sorted(org.mallcrm.domain.stall.Floors.ORDER).toList();
    }

    /** Stalls matching the filter with a number greater than {@code after} (null: from the start), by number. */
    List<Stall> list(StallFilter filter, StallNo after, int limit);

    /** Adds new stalls (their numbers must not exist yet), with their lineage. */
    void insert(Collection<Stall> stalls);

    /** Replaces stored stalls by number, lineage included. */
    void update(Collection<Stall> stalls);

    /**
     * Gives the stored stall numbered {@code from} the number and facts of {@code renumbered}; the lineage of
     * every stall naming {@code from} as a parent or child follows to the new number.
     */
    void renumber(StallNo from, Stall renumbered);
}
