package org.mallcrm.application.common.port.out;

import java.util.Optional;

/**
 * The first reply to a write sent with an {@code Idempotency-Key}, kept per caller and key so that a retry gets the
 * same reply instead of doing the write again.
 */
public interface IdempotentReplies {

    /**
     * @param request what was asked (method, path and a digest of the body): a key reused for another request is an
     *                error, not a replay
     */
    record Reply(String request, int status, String body) {
    }

    Optional<Reply> find(String principal, String key);

    /** Keeps the reply unless one is already kept for the key; returns the one kept. */
    Reply save(String principal, String key, Reply reply);
}
