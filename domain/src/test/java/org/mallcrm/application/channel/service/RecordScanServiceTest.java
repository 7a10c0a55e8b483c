package org.mallcrm.application.channel.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.mallcrm.application.access.port.in.AccessTokenUseCases.IssuedToken;
import org.mallcrm.application.access.service.AccessTokenService;
import org.mallcrm.application.channel.port.in.RecordScanUseCase.RecordScanCommand;
import org.mallcrm.application.channel.port.in.RecordScanUseCase.RecordScanOutcome;
import org.mallcrm.application.common.port.in.Outcome;
import org.mallcrm.domain.access.Principal;
import org.mallcrm.domain.access.Role;
import org.mallcrm.domain.buyer.BuyerId;
import org.mallcrm.domain.channel.ScanCode;
import org.mallcrm.domain.channel.ScanId;
import org.mallcrm.domain.channel.ScanKind;
import org.mallcrm.fixtures.access.InMemoryAccessTokens;
import org.mallcrm.fixtures.channel.InMemoryScans;
import org.mallcrm.fixtures.channel.InMemoryTrips;
import org.mallcrm.fixtures.common.DirectUnitOfWork;
import org.mallcrm.fixtures.common.FixedClock;

class RecordScanServiceTest {

    final InMemoryAccessTokens stored = new InMemoryAccessTokens();
    final FixedClock clock = FixedClock.at("2026-04-01T00:00:00Z");
    final AccessTokenService tokens = new AccessTokenService(stored, (role, subject) -> true, clock);
    final InMemoryScans scans = new InMemoryScans();
    final RecordScanService service = new RecordScanService(scans, new InMemoryTrips(), new DirectUnitOfWork(), clock,
            stored);

    String token(String name, Role role, String subject) {
        return ((Outcome.Done<IssuedToken>) tokens.create(new Principal(name, role, Optional.ofNullable(subject),
                Optional.empty()))).value().token();
    }

    RecordScanOutcome post(String id, String buyer, Optional<String> token) {
        return service.record(new RecordScanCommand(BuyerId.of(buyer), Optional.of(id), Optional.empty(),
                ScanKind.CHECKIN, ScanCode.of("GATE-1"), Optional.empty(), token.map(AccessTokenService::hash)));
    }

    @Test
    void a_scan_posted_with_a_live_token_of_its_buyer_is_recorded() {
        String t = token("b1", Role.BUYER, "B001");

        assertThat(post("S1", "B001", Optional.of(t))).isInstanceOf(RecordScanOutcome.Recorded.class);
        assertThat(post("S1", "B001", Optional.of(t))).isInstanceOf(RecordScanOutcome.Replayed.class);
        assertThat(scans.find(ScanId.of("S1"))).isPresent();
    }

    @Test
    void a_scan_posted_with_a_revoked_token_or_another_buyers_is_refused_and_not_stored() {
        String t = token("b1", Role.BUYER, "B001");
        String other = token("b2", Role.BUYER, "B002");
        String staff = token("s1", Role.STAFF, null);
        tokens.revoke("b1");

        assertThat(post("S1", "B001", Optional.of(t))).isInstanceOf(RecordScanOutcome.TokenRefused.class);
        assertThat(post("S2", "B001", Optional.of(other))).isInstanceOf(RecordScanOutcome.TokenRefused.class);
        assertThat(post("S3", "B001", Optional.of(staff))).isInstanceOf(RecordScanOutcome.TokenRefused.class);
        assertThat(post("S4", "B001", Optional.of("mc_nonsense"))).isInstanceOf(RecordScanOutcome.TokenRefused.class);
        assertThat(scans.find(ScanId.of("S1"))).isEmpty();
        assertThat(scans.find(ScanId.of("S2"))).isEmpty();
        assertThat(scans.find(ScanId.of("S3"))).isEmpty();
        assertThat(scans.find(ScanId.of("S4"))).isEmpty();
        // a command whose token was confirmed already is not checked again
        assertThat(post("S5", "B001", Optional.empty())).isInstanceOf(RecordScanOutcome.Recorded.class);
    }

    @Test
    void without_tokens_to_confirm_with_a_command_carrying_one_is_refused() {
        RecordScanService blind = new RecordScanService(scans, new InMemoryTrips(), new DirectUnitOfWork(), clock);
        String t = token("b1", Role.BUYER, "B001");

        assertThat(blind.record(new RecordScanCommand(BuyerId.of("B001"), Optional.of("S1"), Optional.empty(),
                ScanKind.CHECKIN, ScanCode.of("GATE-1"), Optional.empty(), Optional.of(AccessTokenService.hash(t)))))
                .isInstanceOf(RecordScanOutcome.TokenRefused.class);
        assertThat(scans.find(ScanId.of("S1"))).isEmpty();
    }
}
