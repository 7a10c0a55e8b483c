package org.mallcrm.domain.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;
import org.junit.jupiter.api.Test;

class PasswordsTest {

    private final Passwords passwords = new Passwords(1000, new SecureRandom());

    @Test
    void a_password_matches_its_hash_and_nothing_else() {
        PasswordHash h = passwords.hash("冬季女装2026!");
        assertThat(passwords.matches("冬季女装2026!", h)).isTrue();
        assertThat(passwords.matches("冬季女装2026", h)).isFalse();
        assertThat(passwords.matches("", h)).isFalse();
        assertThat(passwords.matches(null, h)).isFalse();
    }

    @Test
    void the_same_password_gets_a_new_salt_each_time() {
        PasswordHash a = passwords.hash("same password");
        PasswordHash b = passwords.hash("same password");
        assertThat(a.encoded()).isNotEqualTo(b.encoded());
        assertThat(passwords.matches("same password", b)).isTrue();
    }

    @Test
    void the_stored_form_round_trips_and_keeps_its_iteration_count() {
        PasswordHash h = passwords.hash("round trip");
        assertThat(h.encoded()).startsWith("pbkdf2-sha256$1000$");
        PasswordHash back = PasswordHash.parse(h.encoded());
        assertThat(back).isEqualTo(h);
        // a hasher with more rounds still checks a password stored with fewer
        assertThat(new Passwords(2000, new SecureRandom()).matches("round trip", back)).isTrue();
        assertThat(h.toString()).doesNotContain(h.encoded().substring(25));
        assertThatThrownBy(() -> PasswordHash.parse("md5$abc")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void the_standard_hasher_is_slow_on_purpose() {
        assertThat(Passwords.DEFAULT_ITERATIONS).isGreaterThanOrEqualTo(600_000);
    }

    @Test
    void a_new_password_must_be_long_varied_and_not_the_login() {
        LoginName login = LoginName.of("wang.fang");
        assertThat(Passwords.problem("short", login)).hasValueSatisfying(p -> assertThat(p).contains("8"));
        assertThat(Passwords.problem("WANG.FANG", login)).hasValueSatisfying(p -> assertThat(p).contains("login"));
        assertThat(Passwords.problem("aaaaaaaaaa", login)).hasValueSatisfying(p -> assertThat(p).contains("different"));
        assertThat(Passwords.problem("x".repeat(129), login)).isPresent();
        assertThat(Passwords.problem("铺位全景图看板", login)).isPresent();
        assertThat(Passwords.problem("正确的马电池订书钉", login)).isEmpty();
        assertThat(Passwords.problem("correct horse", login)).isEmpty();
    }

    @Test
    void generated_passwords_are_acceptable_and_differ() {
        String a = passwords.generate();
        String b = passwords.generate();
        assertThat(a).hasSize(14).isNotEqualTo(b).doesNotContain("0", "O", "1", "l", "I");
        assertThat(Passwords.problem(a, LoginName.of("admin"))).isEmpty();
    }

    @Test
    void logins_are_compared_without_case() {
        assertThat(LoginName.of("  Wang.Fang ")).isEqualTo(LoginName.of("wang.fang"));
        assertThatThrownBy(() -> LoginName.of("王芳")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> LoginName.of("a")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> LoginName.of("-admin")).isInstanceOf(IllegalArgumentException.class);
    }
}
