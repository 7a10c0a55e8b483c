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
    void a_staff_token_for_a_department_that_does_not_exist_is_refused_naming_the_departments() {
        Outcome<IssuedToken> o = tokens.create(new Principal("x", Role.STAFF, Optional.empty(), Optional.of("不存在部")));

        assertThat(o).isInstanceOf(Outcome.Invalid.class);
        RowError e = ((Outcome.Invalid<IssuedToken>) o).errors().get(0);
        assertThat(e.column()).isEqualTo("department");
        assertThat(e.value()).isEqualTo("不存在部");
        assertThat(e.reason()).contains("not a department", "招商部", "财务部");
        assertThat(tokens.list()).isEmpty();
        // by code or by name, and without a department (the ops' own token) as before
        assertThat(tokens.create(new Principal("f", Role.STAFF, Optional.empty(), Optional.of("finance"))))
                .isInstanceOf(Outcome.Done.class);
        assertThat(tokens.create(new Principal("o", Role.STAFF, Optional.empty(), Optional.empty())))
                .isInstanceOf(Outcome.Done.class);
    }

    @Test
    void a_second_token_of_the_same_name_is_refused() {
        tokens.create(principal("m1", Role.MERCHANT, "M-0001"));

        Outcome<IssuedToken> again = tokens.create(principal("m1", Role.MERCHANT, "M-0001"));

        assertThat(again).isInstanceOf(Outcome.Refused.class);
        assertThat(((Outcome.Refused<IssuedToken>) again).reason()).contains("'m1' exists already");
    }

    @Test
    void a_token_seen_live_is_recognized_without_a_read_and_its_hash_kept_for_the_write_to_confirm_it() {
        Principal buyer = principal("b1", Role.BUYER, "B001");
        String token = ((Outcome.Done<IssuedToken>) tokens.create(buyer)).value().token();

        var first = tokens.recognize(token).orElseThrow();
        assertThat(first.principal()).isEqualTo(buyer);
        assertThat(first.hash()).isEqualTo(AccessTokenService.hash(token));
        assertThat(stored.findLive(first.hash())).contains(buyer);

        tokens.revoke("b1");

        // recognized (the write confirms it), never authenticated
        assertThat(tokens.recognize(token)).contains(first);
        assertThat(tokens.authenticate(token)).isEmpty();
    }

    @Test
    void a_token_never_seen_live_is_not_recognized() {
        tokens.create(principal("b1", Role.BUYER, "B001"));
        tokens.revoke("b1");

        assertThat(tokens.recognize("mc_nonsense")).isEmpty();
        assertThat(tokens.recognize("not even a token")).isEmpty();
        assertThat(tokens.recognize(null)).isEmpty();
    }

    @Test
    void a_revoked_token_seen_live_before_is_not_recognized_once_it_is_no_longer_remembered() {
        Principal buyer = principal("b1", Role.BUYER, "B001");
        String token = ((Outcome.Done<IssuedToken>) tokens.create(buyer)).value().token();
        assertThat(tokens.recognize(token)).isPresent();
        tokens.revoke("b1");
        // other tokens seen live push it out
        for (int i = 0; i < AccessTokenService.SEEN_MAX; i++) {
            String t = ((Outcome.Done<IssuedToken>) tokens.create(principal("s" + i, Role.STAFF, null))).value().token();
            assertThat(tokens.recognize(t)).isPresent();
        }

        assertThat(tokens.recognize(token)).isEmpty();
    }
}
