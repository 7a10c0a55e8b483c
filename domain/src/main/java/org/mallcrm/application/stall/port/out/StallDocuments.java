package org.mallcrm.application.stall.port.out;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.mallcrm.domain.stall.StallDocument;
import org.mallcrm.domain.stall.StallNo;

/** The filed stall documents (split, merge, change), as stored. Never changed or deleted once added. */
public interface StallDocuments {

    /** Files a document; its number must be new. */
    void add(StallDocument document);

    Optional<StallDocument> find(String documentNo);

    /**
     * Every document naming any of {@code nos} on either side, in the order they took effect (effective date,
     * then approval instant, then the order they were filed in).
     */
    List<StallDocument> involving(Collection<StallNo> nos);

    /** How many documents have a number starting with {@code prefix} (for numbering the next one). */
    int countNumbered(String prefix);
}
