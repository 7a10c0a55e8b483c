package org.mallcrm.application.account.port.in;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.mallcrm.application.common.port.in.Page;
import org.mallcrm.domain.access.Principal;
import org.mallcrm.domain.account.SignInEvent;

/** Signing in and out of the web pages, the sessions that follow, and the sign-in log. */
public interface SessionUseCases {

    /**
     * Checks the login and password. Every attempt is written to the sign-in log. A refusal says only that the
     * login or password is wrong (or, for an existing account, that it is locked or disabled), and how long the
     * caller must wait before answering: the pause that slows down guessing.
     */
    SignInOutcome signIn(String login, String password, Client client);

    /** The live session behind a cookie's token, noting its use; empty when unknown, idle too long or too old. */
    Optional<ActiveSession> session(String token);

    /** Ends the session; the log notes it. */
    void signOut(String token, Client client);

    Page<SignInEvent> log(String cursor, int limit);

    /** Where a request came from, for the log. */
    record Client(String remote, String agent) {
    }

    /** A signed-in session: who it is, and the CSRF token its forms must carry. */
    record ActiveSession(Principal principal, String csrfToken, Instant createdAt) {
    }

    /** The result of a sign-in. */
    sealed interface SignInOutcome permits SignedIn, Refused {
    }

    /** In: the token goes into the session cookie; the CSRF token into every form. */
    record SignedIn(String token, ActiveSession session) implements SignInOutcome {
    }

    /**
     * Out, and why: {@code WRONG} (login or password — never said which), {@code LOCKED} (until when),
     * {@code DISABLED}; {@code delay} is how long to wait before answering.
     */
    record Refused(Reason reason, Duration delay, Optional<Instant> lockedUntil) implements SignInOutcome {
    }

    enum Reason {
        WRONG, LOCKED, DISABLED
    }
}
