package org.mallcrm.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.mallcrm.application.access.port.out.AccessTokens;
import org.mallcrm.domain.access.Principal;
import org.mallcrm.domain.access.Role;
import org.mallcrm.domain.mall.Mall;
import org.mallcrm.fixtures.access.AccessTokensContract;

@ParameterizedClass(name = "{0}")
@EnumSource(Store.class)
class JooqAccessTokensTest extends AccessTokensContract {

    @Parameter
    Store store;

    private Database db;

    @Override
    protected AccessTokens emptyTokens() {
        db = TestDatabases.fresh(store);
        return new JooqAccessTokens(db, TestDatabases.defaultMall(db));
    }

    @Override
    protected Principal asFound(Principal principal) {
        return principal.ofMall("MAIN");
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void the_tokens_of_every_mall_authenticate_the_callers_of_each_mall_and_name_its_mall() {
        JooqMalls malls = new JooqMalls(db);
        malls.add(new Mall("YW", "义乌国际商贸城", Instant.parse("2026-01-01T00:00:00Z")));
        JooqAccessTokens ofYw = new JooqAccessTokens(db, malls.idOf("YW").orElseThrow());
        Principal ops = new Principal("ops", Role.STAFF, Optional.empty(), Optional.empty());
        tokens.add("hash-main", ops, Instant.parse("2026-01-01T00:00:00Z"));
        ofYw.add("hash-yw", ops, Instant.parse("2026-01-01T00:00:00Z"));
        JooqAccessTokens any = JooqAccessTokens.anyMall(db);

        assertThat(any.findLive("hash-main")).contains(ops.ofMall("MAIN"));
        assertThat(any.findLive("hash-yw")).contains(ops.ofMall("YW"));
        assertThat(tokens.findLive("hash-yw")).isEmpty();
        assertThat(ofYw.findLive("hash-main")).isEmpty();
        assertThat(ofYw.revoke("ops", Instant.parse("2026-01-02T00:00:00Z"))).isTrue();
        assertThat(any.findLive("hash-yw")).isEmpty();
        assertThat(any.findLive("hash-main")).isPresent();
        assertThatThrownBy(any::list).isInstanceOf(IllegalStateException.class);
    }
}
