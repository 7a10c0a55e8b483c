package org.mallcrm.application.stall.port.in;

import java.util.List;
import java.util.Objects;
import org.mallcrm.domain.stall.Stall;
import org.mallcrm.domain.stall.StallDocument;
import org.mallcrm.domain.stall.StallNo;

/**
 * A stall's history (铺位沿革): the stall, the numbers it had before, every stall it came from (ancestors) and every
 * stall it became (descendants), each with its generation (1 = parents or children, 2 = grandparents or
 * grandchildren …), and the documents that shaped this family, in the order they took effect.
 */
public record StallHistory(Stall stall, List<StallNo> formerNumbers, List<Relative> ancestors,
        List<Relative> descendants, List<StallDocument> documents) {

    public StallHistory {
        Objects.requireNonNull(stall, "stall");
        formerNumbers = List.copyOf(formerNumbers);
        ancestors = List.copyOf(ancestors);
        descendants = List.copyOf(descendants);
        documents = List.copyOf(documents);
    }

    /** A stall of the family, {@code generation} steps away. */
    public record Relative(Stall stall, int generation) {
    }
}
