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

    record IssuedToken(String name, String token) {
    }

    record TokenInfo(Principal principal, java.time.Instant createdAt, Optional<java.time.Instant> revokedAt) {
    }
}
