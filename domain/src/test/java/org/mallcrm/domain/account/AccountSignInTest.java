package org.mallcrm.domain.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.mallcrm.domain.access.Capability;
import org.mallcrm.domain.access.Department;
import org.mallcrm.domain.access.Role;

/** Wrong passwords slow down, then lock the account for a while; a right one starts the count again. */
class AccountSignInTest {

    static final Instant T0 = Instant.parse("2026-03-01T02:00:00Z");
    static final PasswordHash HASH = new Passwords(1000, new SecureRandom()).hash("correct horse");
    final SignInPolicy policy = SignInPolicy.DEFAULT;

    static Account finance() {
        return Account.open(LoginName.of("li.na"), Role.STAFF, Optional.of(Department.FINANCE), Optional.empty(),
                HASH, T0);
    }

    @Test
    void the_pause_grows_after_the_free_tries_and_is_capped() {
        assertThat(policy.delayAfter(1)).isZero();
        assertThat(policy.delayAfter(2)).isZero();
        assertThat(policy.delayAfter(3)).isEqualTo(Duration.ofSeconds(1));
        assertThat(policy.delayAfter(4)).isEqualTo(Duration.ofSeconds(2));
        assertThat(policy.delayAfter(5)).isEqualTo(Duration.ofSeconds(4));
        assertThat(policy.delayAfter(6)).isEqualTo(Duration.ofSeconds(8));
        assertThat(policy.delayAfter(60)).isEqualTo(Duration.ofSeconds(8));
    }

    @Test
    void five_wrong_passwords_in_a_row_lock_the_account_for_fifteen_minutes() {
        Account a = finance();
        Instant t = T0;
        for (int i = 1; i <= 4; i++) {
            SignInResult r = a.signIn(false, t, policy);
            assertThat(r).isInstanceOf(SignInResult.WrongPassword.class);
            assertThat(((SignInResult.WrongPassword) r).lockedUntil()).isNull();
            a = r.account();
            assertThat(a.failedSignIns()).isEqualTo(i);
            t = t.plusSeconds(10);
        }
        SignInResult fifth = a.signIn(false, t, policy);
        Instant lockedAt = t;
        assertThat(fifth).isInstanceOfSatisfying(SignInResult.WrongPassword.class,
                w -> assertThat(w.lockedUntil()).isEqualTo(lockedAt.plus(Duration.ofMinutes(15))));
        a = fifth.account();
        assertThat(a.isLocked(t.plusSeconds(60))).isTrue();

        // even the right password is refused while locked
        assertThat(a.signIn(true, t.plusSeconds(60), policy)).isInstanceOf(SignInResult.Locked.class);
        assertThat(a.refusesBeforePassword(t.plusSeconds(60))).isTrue();
        // and let in once the lock is over
        Instant after = t.plus(Duration.ofMinutes(15));
        assertThat(a.signIn(true, after, policy)).isInstanceOf(SignInResult.Accepted.class);
    }

    @Test
    void after_a_lock_the_count_starts_again() {
        Account a = finance();
        for (int i = 0; i < 5; i++) {
            a = a.signIn(false, T0, policy).account();
        }
        Instant later = T0.plus(Duration.ofMinutes(16));
        SignInResult r = a.signIn(false, later, policy);
        assertThat(r).isInstanceOfSatisfying(SignInResult.WrongPassword.class, w -> {
            assertThat(w.lockedUntil()).isNull();
            assertThat(w.delay()).isZero();
        });
        assertThat(r.account().failedSignIns()).isEqualTo(1);
        assertThat(r.account().lockedUntil()).isEmpty();
    }

    @Test
    void a_right_password_clears_the_count_and_notes_the_sign_in() {
        Account a = finance().signIn(false, T0, policy).account().signIn(false, T0, policy).account();
        SignInResult r = a.signIn(true, T0.plusSeconds(5), policy);
        assertThat(r).isInstanceOf(SignInResult.Accepted.class);
        assertThat(r.account().failedSignIns()).isZero();
        assertThat(r.account().lastSignInAt()).contains(T0.plusSeconds(5));
    }

    @Test
    void a_disabled_account_cannot_sign_in() {
        Account a = finance().disabled();
        assertThat(a.signIn(true, T0, policy)).isInstanceOf(SignInResult.Disabled.class);
        assertThat(a.refusesBeforePassword(T0)).isTrue();
    }

    @Test
    void an_account_acts_as_the_principal_of_its_role() {
        Account staff = finance();
        assertThat(staff.principal().may(Capability.RECEIPTS)).isTrue();
        assertThat(staff.principal().may(Capability.PIPELINE)).isFalse();
        Account merchant = Account.open(LoginName.of("m-0001"), Role.MERCHANT, Optional.empty(), Optional.of("M-0001"),
                HASH, T0);
        assertThat(merchant.principal().subject()).contains("M-0001");
        assertThat(merchant.principal().may(Capability.RECEIPTS)).isFalse();
    }

    @Test
    void a_staff_account_needs_a_department_and_an_outside_one_its_record() {
        assertThatThrownBy(() -> Account.open(LoginName.of("x.y"), Role.STAFF, Optional.empty(), Optional.empty(),
                HASH, T0)).hasMessageContaining("department");
        assertThatThrownBy(() -> Account.open(LoginName.of("x.y"), Role.MERCHANT, Optional.empty(), Optional.empty(),
                HASH, T0)).hasMessageContaining("merchant");
        assertThatThrownBy(() -> Account.open(LoginName.of("x.y"), Role.BUYER, Optional.of(Department.ADMIN),
                Optional.of("B-1"), HASH, T0)).hasMessageContaining("department");
    }

    @Test
    void a_session_ends_when_idle_or_too_old_and_is_touched_once_a_minute() {
        SessionPolicy p = SessionPolicy.DEFAULT;
        WebSession s = new WebSession("h", LoginName.of("li.na"), "c", T0, T0);
        assertThat(s.isLive(T0.plus(Duration.ofMinutes(29)), p)).isTrue();
        assertThat(s.isLive(T0.plus(Duration.ofMinutes(30)), p)).isFalse();
        assertThat(s.needsTouch(T0.plusSeconds(59), p)).isFalse();
        assertThat(s.needsTouch(T0.plusSeconds(60), p)).isTrue();
        WebSession busy = s.seenAt(T0.plus(Duration.ofHours(12).minusMinutes(1)));
        assertThat(busy.isLive(T0.plus(Duration.ofHours(12).minusSeconds(30)), p)).isTrue();
        assertThat(busy.isLive(T0.plus(Duration.ofHours(12)), p)).isFalse();
    }
}
