package org.mallcrm.adapters.http;

import java.util.List;
import java.util.Optional;
import org.mallcrm.application.access.service.AccessTokenService;
import org.mallcrm.application.stall.service.FloorQueryService;
import org.mallcrm.application.stall.service.StallQueryService;
import org.mallcrm.domain.access.Principal;
import org.mallcrm.domain.access.Role;
import org.mallcrm.domain.stall.StallStatus;
import org.mallcrm.fixtures.access.InMemoryAccessTokens;
import org.mallcrm.fixtures.common.FixedClock;
import org.mallcrm.fixtures.stall.InMemoryStallDocuments;
import org.mallcrm.fixtures.stall.InMemoryStalls;
import org.mallcrm.fixtures.stall.StallFixtures;

/** The API over in-memory fakes, with a few stalls and a token of each role. */
final class ApiFixture {

    static final InMemoryStalls STALLS = new InMemoryStalls();
    static final AccessTokenService TOKENS =
            new AccessTokenService(new InMemoryAccessTokens(), FixedClock.at("2026-01-01T00:00:00Z"));
    static final String STAFF = TOKENS.create(new Principal("staff", Role.STAFF, Optional.empty(),
            Optional.of("招商部"))).token();
    static final String MERCHANT = TOKENS.create(new Principal("m1", Role.MERCHANT, Optional.of("M-0001"),
            Optional.empty())).token();
    static final String REVOKED;

    static {
        STALLS.insert(List.of(StallFixtures.a101(), StallFixtures.a102(), StallFixtures.a103(),
                StallFixtures.rectangle("B201", "2F", 0, 0, 4000, 4000, "16.00", "120.00", StallStatus.LEASED)));
        REVOKED = TOKENS.create(new Principal("gone", Role.STAFF, Optional.empty(), Optional.empty())).token();
        TOKENS.revoke("gone");
    }

    static final HttpApi.Services SERVICES = new HttpApi.Services(TOKENS, new StallQueryService(STALLS),
            ReshapeApiFixture.useCases(STALLS, new InMemoryStallDocuments()),
            new FloorQueryService(STALLS),
            MerchantDeskFixture.useCases(new org.mallcrm.fixtures.merchant.MerchantWorld("2026-01-01T00:00:00Z")));

    private ApiFixture() {
    }
}
