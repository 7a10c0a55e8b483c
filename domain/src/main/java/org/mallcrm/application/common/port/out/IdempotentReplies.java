package org.mallcrm.application.common.port.out;

import java.time.Instant;
import java.util.Optional;

/**
 * The first reply to a write sent with an {@code Idempotency-Key}, kept per caller and key so that a retry gets the
 * same reply instead of doing the write again. Used inside the write's own unit of work: the key is claimed before
 * the write and its reply completed after it, in the same transaction, so a write and its reply land together or
 * not at all.
 */
public interface IdempotentReplies {

    /**
     * @param request what was asked (method, path and a digest of the body): a key reused for another request is an
     *                error, not a replay
     * @param status  the reply's status; {@link #PENDING} while the write that claimed the key is under way
     */
    record Reply(String request, int status, String body) {
    }

    /** The status of a claimed key whose reply is not written yet. */
    int PENDING = 0;

    /**
     * Inside the caller's unit of work: claims {@code key} for {@code request}, or returns what is kept under it.
     * Empty means the key is now the caller's: do the write, then {@link #complete} the reply in the same unit of
     * work. A second caller claiming the same key waits until the first unit of work ends, and then finds its reply
     * (or, when it rolled back, claims the key itself). What was kept before {@code expiredBefore} counts as gone.
     */
    Optional<Reply> claim(String principal, String key, String request, Instant now, Instant expiredBefore);

    /** Writes the reply of a key claimed in this unit of work. */
    void complete(String principal, String key, Reply reply);

    /** Forgets replies kept before {@code before}; returns how many. */
    int purge(Instant before);
}
