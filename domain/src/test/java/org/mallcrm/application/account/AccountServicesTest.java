package org.mallcrm.application.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mallcrm.application.account.port.in.AccountUseCases;
import org.mallcrm.application.account.port.in.CallerMallQuery;
import org.mallcrm.application.account.port.in.AccountUseCases.NewAccount;
import org.mallcrm.application.account.port.in.SessionUseCases;
import org.mallcrm.application.account.port.in.SessionUseCases.Client;
import org.mallcrm.application.account.service.AccountService;
import org.mallcrm.application.account.service.CallerMallService;
import org.mallcrm.application.account.service.SessionService;
import org.mallcrm.application.common.port.in.Outcome;
import org.mallcrm.domain.access.Department;
import org.mallcrm.domain.access.Role;
import org.mallcrm.domain.account.AccountStatus;
import org.mallcrm.domain.account.Passwords;
import org.mallcrm.domain.account.SessionPolicy;
import org.mallcrm.domain.account.SignInEvent;
import org.mallcrm.domain.account.SignInPolicy;
import org.mallcrm.domain.merchant.Merchant;
import org.mallcrm.domain.merchant.MerchantNo;
import org.mallcrm.domain.merchant.Stage;
import org.mallcrm.fixtures.account.InMemoryAccountStores;
import org.mallcrm.fixtures.common.DirectUnitOfWork;
import org.mallcrm.fixtures.common.FixedClock;
import org.mallcrm.fixtures.merchant.InMemoryMerchants;

/** Opening accounts, signing in and out, sessions and the sign-in log, over in-memory stores. */
class AccountServicesTest {

    final FixedClock clock = FixedClock.at("2026-03-01T02:00:00Z");
    final InMemoryAccountStores.InMemoryAccounts accounts = new InMemoryAccountStores.InMemoryAccounts();
    final InMemoryAccountStores.InMemoryWebSessions sessions = new InMemoryAccountStores.InMemoryWebSessions();
    final InMemoryAccountStores.InMemorySignInLog log = new InMemoryAccountStores.InMemorySignInLog();
    final InMemoryMerchants merchants = new InMemoryMerchants();
    final Passwords passwords = new Passwords(1000, new SecureRandom());
    final AccountUseCases users = new AccountService(accounts, sessions, merchants, passwords, new DirectUnitOfWork(),
            clock);
    final SessionUseCases signIns = new SessionService(accounts, sessions, log, passwords, SignInPolicy.DEFAULT,
            SessionPolicy.DEFAULT, new DirectUnitOfWork(), clock);
    final Client browser = new Client("127.0.0.1", "Chromium");

    String staff(String login, String department, String password) {
        Outcome<AccountUseCases.Created> o = users.create(new NewAccount(login, Role.STAFF, department, null, password));
        assertThat(o).isInstanceOf(Outcome.Done.class);
        return login;
    }

    @Test
    void a_staff_account_signs_in_and_its_session_knows_who_and_what_it_may_do() {
        staff("li.na", "财务部", "correct horse");
        SessionUseCases.SignInOutcome o = signIns.signIn("Li.Na", "correct horse", browser);
        assertThat(o).isInstanceOf(SessionUseCases.SignedIn.class);
        SessionUseCases.SignedIn in = (SessionUseCases.SignedIn) o;
        assertThat(in.token()).startsWith("ws_");

        SessionUseCases.ActiveSession s = signIns.session(in.token()).orElseThrow();
        assertThat(s.principal().name()).isEqualTo("li.na");
        assertThat(s.principal().department()).contains("FINANCE");
        assertThat(s.csrfToken()).isEqualTo(in.session().csrfToken()).hasSizeGreaterThan(30);
        assertThat(log.page(null, 10).get(0).event().kind()).isEqualTo(SignInEvent.Kind.SIGNED_IN);
        // the store keeps only the token's hash
        assertThat(sessions.find(in.token())).isEmpty();
    }

    @Test
    void the_mall_of_a_caller_is_found_by_its_session_cookie_or_the_login_it_signs_in_with() {
        staff("li.na", "财务部", "correct horse");
        String token = ((SessionUseCases.SignedIn) signIns.signIn("li.na", "correct horse", browser)).token();
        CallerMallQuery callers = new CallerMallService(new InMemoryAccountStores.InMemoryCallerMalls("DM", accounts,
                sessions));

        assertThat(callers.mallOfSession(token)).contains("DM");
        assertThat(callers.mallOfLogin(" Li.Na ")).contains("DM");
        assertThat(callers.mallOfSession("ws_forged")).isEmpty();
        assertThat(callers.mallOfSession("")).isEmpty();
        assertThat(callers.mallOfSession(null)).isEmpty();
        assertThat(callers.mallOfLogin("nobody")).isEmpty();
        assertThat(callers.mallOfLogin("not a login!")).isEmpty();
        assertThat(callers.mallOfLogin(null)).isEmpty();
        signIns.signOut(token, browser);
        assertThat(callers.mallOfSession(token)).isEmpty();
    }

    @Test
    void a_session_idle_for_thirty_minutes_is_over_and_sign_out_ends_one_at_once() {
        staff("li.na", "FINANCE", "correct horse");
        String token = ((SessionUseCases.SignedIn) signIns.signIn("li.na", "correct horse", browser)).token();
        clock.advance(Duration.ofMinutes(29));
        assertThat(signIns.session(token)).isPresent();
        clock.advance(Duration.ofMinutes(29));
        assertThat(signIns.session(token)).as("used 29 minutes ago, so still live").isPresent();
        clock.advance(Duration.ofMinutes(31));
        assertThat(signIns.session(token)).isEmpty();

        String again = ((SessionUseCases.SignedIn) signIns.signIn("li.na", "correct horse", browser)).token();
        signIns.signOut(again, browser);
        assertThat(signIns.session(again)).isEmpty();
        assertThat(log.page(null, 1).get(0).event().kind()).isEqualTo(SignInEvent.Kind.SIGNED_OUT);
        assertThat(signIns.session("ws_forged")).isEmpty();
        assertThat(signIns.session(null)).isEmpty();
    }

    @Test
    void wrong_passwords_slow_down_then_lock_and_the_log_says_so() {
        staff("li.na", "FINANCE", "correct horse");
        List<Duration> delays = new java.util.ArrayList<>();
        SessionUseCases.SignInOutcome last = null;
        for (int i = 0; i < 5; i++) {
            last = signIns.signIn("li.na", "wrong guess " + i, browser);
            delays.add(((SessionUseCases.Refused) last).delay());
        }
        assertThat(delays).containsExactly(Duration.ZERO, Duration.ZERO, Duration.ofSeconds(1), Duration.ofSeconds(2),
                Duration.ofSeconds(4));
        assertThat(last).isInstanceOfSatisfying(SessionUseCases.Refused.class, r -> {
            assertThat(r.reason()).isEqualTo(SessionUseCases.Reason.LOCKED);
            assertThat(r.lockedUntil()).contains(clock.now().plus(Duration.ofMinutes(15)));
        });
        assertThat(signIns.signIn("li.na", "correct horse", browser)).isInstanceOfSatisfying(
                SessionUseCases.Refused.class, r -> assertThat(r.reason()).isEqualTo(SessionUseCases.Reason.LOCKED));
        assertThat(log.page(null, 10)).extracting(e -> e.event().kind()).startsWith(SignInEvent.Kind.LOCKED,
                SignInEvent.Kind.LOCKED_NOW, SignInEvent.Kind.WRONG_PASSWORD);

        clock.advance(Duration.ofMinutes(15));
        assertThat(signIns.signIn("li.na", "correct horse", browser)).isInstanceOf(SessionUseCases.SignedIn.class);
    }

    @Test
    void an_unknown_login_is_answered_like_a_wrong_password_and_logged() {
        assertThat(signIns.signIn("nobody", "whatever it is", browser)).isInstanceOfSatisfying(
                SessionUseCases.Refused.class, r -> assertThat(r.reason()).isEqualTo(SessionUseCases.Reason.WRONG));
        assertThat(signIns.signIn("王芳", "whatever it is", browser)).isInstanceOf(SessionUseCases.Refused.class);
        assertThat(log.page(null, 10)).extracting(e -> e.event().kind()).containsOnly(SignInEvent.Kind.UNKNOWN_LOGIN);
        assertThat(log.page(null, 10).get(0).event().login()).isEqualTo("王芳");
    }

    @Test
    void disabling_an_account_ends_its_sessions_and_refuses_sign_in() {
        staff("li.na", "FINANCE", "correct horse");
        String token = ((SessionUseCases.SignedIn) signIns.signIn("li.na", "correct horse", browser)).token();
        assertThat(users.disable("li.na")).isInstanceOf(Outcome.Done.class);
        assertThat(signIns.session(token)).isEmpty();
        assertThat(signIns.signIn("li.na", "correct horse", browser)).isInstanceOfSatisfying(
                SessionUseCases.Refused.class, r -> assertThat(r.reason()).isEqualTo(SessionUseCases.Reason.DISABLED));
        assertThat(users.find("li.na").orElseThrow().status()).isEqualTo(AccountStatus.DISABLED);
        assertThat(users.disable("li.na")).isInstanceOf(Outcome.Refused.class);
        assertThat(users.disable("nobody")).isInstanceOf(Outcome.NotFound.class);
    }

    @Test
    void a_generated_password_is_returned_once_and_works() {
        AccountUseCases.Created c = ((Outcome.Done<AccountUseCases.Created>) users.create(
                new NewAccount("admin", Role.STAFF, "管理员", null, null))).value();
        assertThat(c.account().department()).contains(Department.ADMIN);
        String pw = c.generatedPassword().orElseThrow();
        assertThat(signIns.signIn("admin", pw, browser)).isInstanceOf(SessionUseCases.SignedIn.class);

        AccountUseCases.Created reset = ((Outcome.Done<AccountUseCases.Created>) users.resetPassword("admin", null))
                .value();
        assertThat(signIns.signIn("admin", pw, browser)).isInstanceOf(SessionUseCases.Refused.class);
        assertThat(signIns.signIn("admin", reset.generatedPassword().orElseThrow(), browser))
                .isInstanceOf(SessionUseCases.SignedIn.class);
    }

    @Test
    void bad_accounts_are_refused_field_by_field() {
        Outcome<AccountUseCases.Created> o = users.create(new NewAccount("王", Role.STAFF, "保安部", null, "short"));
        assertThat(o).isInstanceOfSatisfying(Outcome.Invalid.class, i -> assertThat(i.errors())
                .extracting(e -> ((org.mallcrm.application.common.port.in.RowError) e).column())
                .containsExactly("login", "department"));
        assertThat(users.create(new NewAccount("li.na", Role.STAFF, null, null, null)))
                .isInstanceOfSatisfying(Outcome.Invalid.class, i -> assertThat(i.errors().toString())
                        .contains("needs a department"));
        assertThat(users.create(new NewAccount("li.na", Role.STAFF, "FINANCE", null, "short")))
                .isInstanceOfSatisfying(Outcome.Invalid.class, i -> assertThat(i.errors().toString())
                        .contains("password").doesNotContain("short"));
        assertThat(users.create(new NewAccount("m1", Role.MERCHANT, "FINANCE", "M-0001", null)))
                .isInstanceOf(Outcome.Invalid.class);
        assertThat(users.create(new NewAccount("m1", Role.MERCHANT, null, null, null)))
                .isInstanceOf(Outcome.Invalid.class);
        assertThat(users.create(new NewAccount("m1", Role.MERCHANT, null, "M-0001", null)))
                .isInstanceOf(Outcome.NotFound.class);
        assertThat(accounts.list()).isEmpty();
    }

    @Test
    void a_merchant_account_is_bound_to_an_existing_merchant_and_a_login_is_taken_once() {
        merchants.insert(List.of(Merchant.enter(MerchantNo.of("M-0001"), "杭州丽人服饰", Stage.OPERATING,
                LocalDate.parse("2025-06-01"))));
        assertThat(users.create(new NewAccount("m-0001", Role.MERCHANT, null, "M-0001", null)))
                .isInstanceOf(Outcome.Done.class);
        assertThat(users.create(new NewAccount("M-0001", Role.MERCHANT, null, "M-0001", null)))
                .isInstanceOfSatisfying(Outcome.Refused.class, r -> assertThat(r.reason()).contains("taken"));
        String pw = ((Outcome.Done<AccountUseCases.Created>) users.resetPassword("m-0001", "merchant pass 1"))
                .value().account().login().value();
        assertThat(pw).isEqualTo("m-0001");
        SessionUseCases.SignedIn in = (SessionUseCases.SignedIn) signIns.signIn("m-0001", "merchant pass 1", browser);
        assertThat(in.session().principal().subject()).contains("M-0001");
        assertThat(in.session().principal().role()).isEqualTo(Role.MERCHANT);
    }
}
