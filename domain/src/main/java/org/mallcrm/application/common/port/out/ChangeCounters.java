package org.mallcrm.application.common.port.out;

/**
 * Counters the store moves on every change to a kind of record, inside the writer's own transaction (SQLite
 * triggers), so that a reader in any server process can tell whether a figure it computed earlier still holds: the
 * same count means nothing of that kind changed since. Read a count before computing, keep the result with it.
 */
public interface ChangeCounters {

    /** The kinds of record counted. */
    enum Kind {
        /** Stalls (their status, areas, outlines, lineage). */
        STALLS,
        /** Merchants and their stage history. */
        MERCHANTS,
        /** Leases with their versions, installments, postings and receipts. */
        LEASES
    }

    /** The current count of changes to records of that kind; a negative count means "unknown: do not keep". */
    long current(Kind kind);

    /** Counters that never let a result be kept (for stores without them). */
    ChangeCounters NONE = kind -> -1;
}
