package org.mallcrm.application.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.mallcrm.application.access.port.in.AccessTokenUseCases.IssuedToken;
import org.mallcrm.application.access.service.AccessTokenService;
import org.mallcrm.application.common.port.in.Outcome;
import org.mallcrm.application.common.port.in.RowError;
import org.mallcrm.domain.access.Principal;
import org.mallcrm.domain.access.Role;
import org.mallcrm.fixtures.access.InMemoryAccessTokens;
import org.mallcrm.fixtures.common.FixedClock;

class AccessTokenServiceTest {

    final InMemoryAccessTokens stored = new InMemoryAccessTokens();
    final Set<String> known = Set.of("MERCHANT M-0001", "BUYER B001", "CHANNEL CH1");
    final AccessTokenService tokens = new AccessTokenService(stored, (role, subject) -> known.contains(role + " " + subject),
            FixedClock.at("2026-04-01T00:00:00Z"));

    static Principal principal(String name, Role role, String subject) {
        return new Principal(name, role, Optional.ofNullable(subject),
                role == Role.STAFF ? Optional.of("招商部") : Optional.empty());
    }

    @Test
    void a_token_is_issued_for_a_merchant_buyer_or_channel_that_exists_and_it_authenticates() {
        for (Principal p : new Principal[] {principal("m1", Role.MERCHANT, "M-0001"), principal("b1", Role.BUYER, "B001"),
                principal("c1", Role.CHANNEL, "CH1"), principal("s1", Role.STAFF, null)}) {
            Outcome<IssuedToken> o = tokens.create(p);

            assertThat(o).as(p.toString()).isInstanceOf(Outcome.Done.class);
            assertThat(tokens.authenticate(((Outcome.Done<IssuedToken>) o).value().token())).contains(p);
        }
    }

    @Test
    void a_token_for_a_merchant_buyer_or_channel_that_does_not_exist_is_refused_and_nothing_is_stored() {
        for (Principal p : new Principal[] {principal("m9", Role.MERCHANT, "M-9999"), principal("b9", Role.BUYER, "B999"),
                principal("c9", Role.CHANNEL, "CH9")}) {
            Outcome<IssuedToken> o = tokens.create(p);

            assertThat(o).as(p.toString()).isInstanceOf(Outcome.Invalid.class);
            RowError e = ((Outcome.Invalid<IssuedToken>) o).errors().get(0);
            assertThat(e.column()).isEqualTo(Principal.subjectName(p.role()));
            assertThat(e.value()).isEqualTo(p.subject().orElseThrow());
            assertThat(e.reason()).contains("no such " + Principal.subjectName(p.role()));
        }
        assertThat(tokens.list()).isEmpty();
    }

    @Test
    void a_second_token_of_the_same_name_is_refused() {
        tokens.create(principal("m1", Role.MERCHANT, "M-0001"));

        Outcome<IssuedToken> again = tokens.create(principal("m1", Role.MERCHANT, "M-0001"));

        assertThat(again).isInstanceOf(Outcome.Refused.class);
        assertThat(((Outcome.Refused<IssuedToken>) again).reason()).contains("'m1' exists already");
    }
}
