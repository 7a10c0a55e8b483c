package org.mallcrm.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mallcrm.domain.access.Principal;
import org.mallcrm.domain.access.Role;

class JooqAccessTokensTest {

    private final SqliteDatabase db = TestDatabases.fresh();
    private final JooqAccessTokens tokens = new JooqAccessTokens(db, TestDatabases.defaultMall(db));
    private final Principal buyer = new Principal("b1", Role.BUYER, Optional.of("B001"), Optional.empty());

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void a_live_token_is_found_and_once_revoked_it_is_not_even_from_the_cache() {
        tokens.add("hash-1", buyer, Instant.parse("2026-01-01T00:00:00Z"));

        assertThat(tokens.findLive("hash-1")).contains(buyer);
        assertThat(tokens.findLive("hash-1")).contains(buyer);
        assertThat(tokens.revoke("b1", Instant.parse("2026-01-02T00:00:00Z"))).isTrue();
        assertThat(tokens.findLive("hash-1")).isEmpty();
        assertThat(tokens.findLive("no-such-hash")).isEmpty();
    }

    @Test
    void an_unknown_token_is_not_remembered_as_unknown() {
        assertThat(tokens.findLive("hash-2")).isEmpty();
        tokens.add("hash-2", buyer, Instant.parse("2026-01-01T00:00:00Z"));

        assertThat(tokens.findLive("hash-2")).contains(buyer);
    }
}
