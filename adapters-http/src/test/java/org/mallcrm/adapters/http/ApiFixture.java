package org.mallcrm.adapters.http;

import java.util.List;
import java.util.Optional;
import org.mallcrm.application.access.service.AccessTokenService;
import org.mallcrm.application.channel.service.CommissionService;
import org.mallcrm.domain.channel.Channel;
import org.mallcrm.domain.channel.ChannelCode;
import org.mallcrm.fixtures.access.TestTokens;
import org.mallcrm.fixtures.channel.ChannelFixtures;
import org.mallcrm.fixtures.channel.InMemoryCommissionRules;
import org.mallcrm.fixtures.channel.InMemoryScans;
import org.mallcrm.fixtures.channel.InMemoryStatements;
import org.mallcrm.fixtures.channel.InMemoryTrips;
import org.mallcrm.fixtures.common.DirectUnitOfWork;
import org.mallcrm.application.stall.service.StallQueryService;
import org.mallcrm.domain.access.Principal;
import org.mallcrm.domain.access.Role;
import org.mallcrm.domain.stall.StallStatus;
import org.mallcrm.fixtures.access.InMemoryAccessTokens;
import org.mallcrm.fixtures.common.FixedClock;
import org.mallcrm.fixtures.lease.LeasingWorld;
import org.mallcrm.fixtures.stall.InMemoryStalls;
import org.mallcrm.fixtures.stall.StallFixtures;

/** The API over in-memory fakes, with a few stalls and a token of each role. */
final class ApiFixture {

    static final InMemoryStalls STALLS = new InMemoryStalls();
    /** The tokens as stored (the scan route's writes confirm a buyer's token in them). */
    static final InMemoryAccessTokens TOKEN_STORE = new InMemoryAccessTokens();
    static final AccessTokenService TOKENS =
            new AccessTokenService(TOKEN_STORE, TestTokens.EVERY_SUBJECT,
                    FixedClock.at("2026-01-01T00:00:00Z"));
    static final String STAFF = TestTokens.token(TOKENS.create(new Principal("staff", Role.STAFF,
            Optional.empty(), Optional.of("管理员"))));
    /** A member of 招商部: leases and holds, but no receipts. */
    static final String LEASING_DESK = TestTokens.token(TOKENS.create(new Principal("desk", Role.STAFF,
            Optional.empty(), Optional.of("招商部"))));
    static final String MERCHANT = TestTokens.token(TOKENS.create(new Principal("m1", Role.MERCHANT,
            Optional.of("M-0001"), Optional.empty())));
    static final String REVOKED;

    static {
        STALLS.insert(List.of(StallFixtures.a101(), StallFixtures.a102(), StallFixtures.a103(),
                StallFixtures.rectangle("B201", "2F", 0, 0, 4000, 4000, "16.00", "120.00", StallStatus.LEASED)));
        REVOKED = TestTokens.token(TOKENS.create(new Principal("gone", Role.STAFF, Optional.empty(),
                Optional.empty())));
        TOKENS.revoke("gone");
    }

    static final String BUYER = TestTokens.token(TOKENS.create(new Principal("b1", Role.BUYER,
            Optional.of("B001"), Optional.empty())));
    static final String CHANNEL = TestTokens.token(TOKENS.create(new Principal("ch1", Role.CHANNEL,
            Optional.of("CH1"), Optional.empty())));
    static final String OTHER_CHANNEL = TestTokens.token(TOKENS.create(new Principal("ch2", Role.CHANNEL,
            Optional.of("CH2"), Optional.empty())));
    static final InMemoryTrips TRIPS = new InMemoryTrips();
    static final InMemoryScans SCANS = new InMemoryScans();
    static final FixedClock CLOCK = FixedClock.at("2025-03-10T02:00:00Z");

    static {
        TRIPS.insertChannels(List.of(new Channel(ChannelCode.of("CH1"), "渠道一"),
                new Channel(ChannelCode.of("CH2"), "渠道二")));
        TRIPS.insert(List.of(ChannelFixtures.trip("T1", "CH1", "2025-03-10T09:00", "2025-03-10T11:00", 2),
                ChannelFixtures.trip("T2", "CH2", "2025-03-10T09:00", "2025-03-10T11:00", 2)));
    }

    static final CommissionService COMMISSIONS = new CommissionService(TRIPS, SCANS, new InMemoryCommissionRules(),
            new InMemoryStatements(), new org.mallcrm.fixtures.settings.InMemoryMallSettings(), new DirectUnitOfWork(),
            CLOCK);

    static final HttpApi.Services SERVICES = LeasingApiFixture.services(TOKENS, new StallQueryService(STALLS),
            new LeasingWorld("2026-01-01T00:00:00Z"));

    private ApiFixture() {
    }
}
