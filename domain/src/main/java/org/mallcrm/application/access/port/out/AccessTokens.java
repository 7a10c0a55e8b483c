package org.mallcrm.application.access.port.out;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.mallcrm.application.access.port.in.AccessTokenUseCases.TokenInfo;
import org.mallcrm.domain.access.Principal;

/** Stored access tokens, by the SHA-256 hash of the token; the token itself is never stored. */
public interface AccessTokens {

    /** @return false when a token of that name exists already */
    boolean add(String hash, Principal principal, Instant createdAt);

    Optional<Principal> findLive(String hash);

    List<TokenInfo> list();

    boolean revoke(String name, Instant at);
}
