package org.mallcrm.application.stall.service;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.mallcrm.application.stall.port.in.StallHistory;
import org.mallcrm.application.stall.port.in.StallHistoryQuery;
import org.mallcrm.application.stall.port.out.StallDocuments;
import org.mallcrm.application.stall.port.out.Stalls;
import org.mallcrm.domain.stall.Stall;
import org.mallcrm.domain.stall.StallChange;
import org.mallcrm.domain.stall.StallDocument;
import org.mallcrm.domain.stall.StallNo;

/**
 * Walks a stall's lineage both ways, a generation at a time, and gathers the documents of the family. Stored
 * lineage uses today's numbers, documents the numbers of their day; change documents link the two.
 */
public final class StallHistoryService implements StallHistoryQuery {

    /** Far more generations or renumberings than a mall ever sees; a guard against corrupt cyclic data. */
    private static final int MAX_STEPS = 1000;

    private final Stalls stalls;
    private final StallDocuments documents;

    public StallHistoryService(Stalls stalls, StallDocuments documents) {
        this.stalls = stalls;
        this.documents = documents;
    }

    @Override
    public Optional<StallHistory> history(StallNo no) {
        Optional<Stall> found = stalls.find(no).or(() -> renumberedFrom(no));
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Stall stall = found.get();
        List<StallHistory.Relative> ancestors = walk(stall, Stall::parents);
        List<StallHistory.Relative> descendants = walk(stall, Stall::children);

        Set<StallNo> known = new LinkedHashSet<>();
        known.add(stall.no());
        ancestors.forEach(r -> known.add(r.stall().no()));
        descendants.forEach(r -> known.add(r.stall().no()));
        List<StallDocument> docs = documents.involving(known);
        for (int step = 0; step < MAX_STEPS; step++) {
            Set<StallNo> more = new HashSet<>();
            for (StallDocument d : docs) {
                if (d instanceof StallChange c) {
                    more.add(c.noBefore());
                    more.add(c.noAfter());
                }
            }
            if (!known.addAll(more)) {
                break;
            }
            docs = documents.involving(known);
        }
        return Optional.of(new StallHistory(stall, formerNumbers(stall.no(), docs), ancestors, descendants, docs));
    }

    /** The stall now holding a number that a change document gave away, following renumberings forward. */
    private Optional<Stall> renumberedFrom(StallNo no) {
        StallNo current = no;
        Set<StallNo> seen = new HashSet<>();
        while (seen.add(current) && seen.size() < MAX_STEPS) {
            StallNo from = current;
            Optional<StallChange> away = documents.involving(List.of(from)).stream()
                    .filter(d -> d instanceof StallChange c && c.renumbers() && c.noBefore().equals(from))
                    .map(d -> (StallChange) d)
                    .reduce((first, second) -> second);
            if (away.isEmpty()) {
                return Optional.empty();
            }
            current = away.get().noAfter();
            Optional<Stall> s = stalls.find(current);
            if (s.isPresent()) {
                return s;
            }
        }
        return Optional.empty();
    }

    /** The numbers the stall had before, latest first. */
    private static List<StallNo> formerNumbers(StallNo no, List<StallDocument> docs) {
        List<StallNo> former = new ArrayList<>();
        StallNo current = no;
        Set<StallNo> seen = new HashSet<>(List.of(no));
        for (int i = docs.size() - 1; i >= 0; i--) {
            if (docs.get(i) instanceof StallChange c && c.renumbers() && c.noAfter().equals(current)
                    && seen.add(c.noBefore())) {
                former.add(c.noBefore());
                current = c.noBefore();
            }
        }
        return former;
    }

    /** Every stall reached by following {@code next} from {@code start}, nearest generation first. */
    private List<StallHistory.Relative> walk(Stall start, Function<Stall, List<StallNo>> next) {
        List<StallHistory.Relative> found = new ArrayList<>();
        Set<StallNo> seen = new HashSet<>(List.of(start.no()));
        Collection<StallNo> frontier = next.apply(start);
        for (int generation = 1; !frontier.isEmpty() && generation <= MAX_STEPS; generation++) {
            List<StallNo> fresh = frontier.stream().filter(seen::add).distinct().toList();
            Map<StallNo, Stall> loaded = stalls.findAll(fresh);
            Set<StallNo> nextFrontier = new LinkedHashSet<>();
            for (StallNo no : fresh) {
                Stall s = loaded.get(no);
                if (s == null) {
                    continue;
                }
                found.add(new StallHistory.Relative(s, generation));
                nextFrontier.addAll(next.apply(s));
            }
            frontier = nextFrontier;
        }
        return found;
    }
}
