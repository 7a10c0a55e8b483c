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

    @Test
    void a_token_subject_exists_when_the_mall_has_the_merchant_the_channel_or_a_scan_of_the_buyer() {
        long mall = TestDatabases.defaultMall(db);
        new JooqMerchants(db, mall).insert(java.util.List.of(org.mallcrm.domain.merchant.Merchant.enter(
                org.mallcrm.domain.merchant.MerchantNo.of("M-0001"), "杭州丽人服饰",
                org.mallcrm.domain.merchant.Stage.OPERATING, java.time.LocalDate.parse("2026-01-01"))));
        new org.mallcrm.adapters.persistence.channel.JooqTrips(db, mall).insertChannels(java.util.List.of(
                new org.mallcrm.domain.channel.Channel(org.mallcrm.domain.channel.ChannelCode.of("CH1"), "义乌旅行社")));
        new org.mallcrm.adapters.persistence.channel.JdbcScans(db, mall).insertIfAbsent(new org.mallcrm.domain.channel.Scan(
                org.mallcrm.domain.channel.ScanId.of("S1"), org.mallcrm.domain.channel.ScanKind.CHECKIN,
                org.mallcrm.domain.channel.ScanCode.of("GATE-1"), org.mallcrm.domain.buyer.BuyerId.of("B001"),
                Instant.parse("2026-01-02T02:00:00Z")));
        JooqTokenSubjects subjects = new JooqTokenSubjects(db, mall);

        assertThat(subjects.exists(Role.MERCHANT, "M-0001")).isTrue();
        assertThat(subjects.exists(Role.CHANNEL, "CH1")).isTrue();
        assertThat(subjects.exists(Role.BUYER, "B001")).isTrue();
        assertThat(subjects.exists(Role.MERCHANT, "M-0002")).isFalse();
        assertThat(subjects.exists(Role.CHANNEL, "CH2")).isFalse();
        assertThat(subjects.exists(Role.BUYER, "B002")).isFalse();
        assertThat(subjects.exists(Role.BUYER, "GATE-1")).isFalse();
    }
}
