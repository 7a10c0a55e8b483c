package org.mallcrm.domain.account;

import java.time.Duration;
import java.time.Instant;

/**
 * What an attempt to sign in did to the account: it went in, or it was refused and why. The account carries the
 * new count of wrong passwords and the lock; the service stores it whatever the result.
 */
public sealed interface SignInResult permits SignInResult.Accepted, SignInResult.WrongPassword,
        SignInResult.Locked, SignInResult.Disabled {

    Account account();

    /** The right password: the count of wrong ones starts again. */
    record Accepted(Account account) implements SignInResult {
    }

    /**
     * A wrong password, answered after {@code delay}; {@code lockedUntil} is set when this one locked the account.
     */
    record WrongPassword(Account account, Duration delay, Instant lockedUntil) implements SignInResult {
    }

    /** Locked by earlier wrong passwords: the password was not even checked. */
    record Locked(Account account, Instant until) implements SignInResult {
    }

    /** The account is disabled. */
    record Disabled(Account account) implements SignInResult {
    }
}
