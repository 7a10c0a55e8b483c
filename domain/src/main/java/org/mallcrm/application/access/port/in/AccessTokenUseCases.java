package org.mallcrm.application.access.port.in;

import java.util.List;
import java.util.Optional;
import org.mallcrm.application.common.port.in.Outcome;
import org.mallcrm.domain.access.Principal;

/** Access tokens: created once and shown once, stored only as a hash, listed, revoked, checked. */
public interface AccessTokenUseCases {

    /**
     * A new token for the principal; the returned text is the only time the token is ever seen. Invalid (field
     * {@code merchant}, {@code buyer} or {@code channel}) when the record the token is bound to does not exist;
     * refused when a token of that name exists already.
     */
    Outcome<IssuedToken> create(Principal principal);

    List<TokenInfo> list();

    /** @return false when no live token has that name */
    boolean revoke(String name);

    /** The principal of a live token, or empty for an unknown or revoked one. */
    Optional<Principal> authenticate(String token);

    /**
     * For a route whose write confirms the token itself, in the transaction that writes ({@link Recognized#hash}):
     * the principal of a token this process has seen live before, without reading the store (it may have been
     * revoked since, so whatever acts on it must confirm it first); a token not seen before is looked up as by
     * {@link #authenticate}. Empty for an unknown or revoked token that was not seen live before.
     */
    Optional<Recognized> recognize(String token);

    /** A token's principal as last found live, and the token's hash, by which a write confirms it. */
    record Recognized(Principal principal, String hash) {
    }

    record IssuedToken(String name, String token) {
    }

    record TokenInfo(Principal principal, java.time.Instant createdAt, Optional<java.time.Instant> revokedAt) {
    }
}
