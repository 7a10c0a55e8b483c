package org.mallcrm.domain.account;

import java.time.Instant;
import java.util.Objects;

/**
 * A signed-in browser (会话). The browser holds a random token in a cookie; the store keeps only the token's hash,
 * the account, a CSRF token every form and htmx request of the session must echo, and when it was made and last
 * used. Several server processes share the store, so any of them can answer the next request.
 */
public record WebSession(String tokenHash, LoginName login, String csrfToken, Instant createdAt, Instant lastSeenAt) {

    public WebSession {
        Objects.requireNonNull(tokenHash, "tokenHash");
        Objects.requireNonNull(login, "login");
        Objects.requireNonNull(csrfToken, "csrfToken");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(lastSeenAt, "lastSeenAt");
        if (lastSeenAt.isBefore(createdAt)) {
            throw new IllegalArgumentException("a session is not seen before it is made");
        }
    }

    /** Whether the session still admits requests at {@code now}: not idle too long, not too old. */
    public boolean isLive(Instant now, SessionPolicy policy) {
        return now.isBefore(lastSeenAt.plus(policy.idleTimeout())) && now.isBefore(createdAt.plus(policy.maxAge()));
    }

    /**
     * Whether the store should be told the session was used: not on every request (a write each time), but once
     * the last stored use is older than {@link SessionPolicy#touchEvery()}.
     */
    public boolean needsTouch(Instant now, SessionPolicy policy) {
        return !now.isBefore(lastSeenAt.plus(policy.touchEvery()));
    }

    public WebSession seenAt(Instant now) {
        return new WebSession(tokenHash, login, csrfToken, createdAt, now.isAfter(lastSeenAt) ? now : lastSeenAt);
    }
}
