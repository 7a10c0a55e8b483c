package org.mallcrm.application.account.port.out;

import java.time.Instant;
import java.util.Optional;
import org.mallcrm.domain.account.LoginName;
import org.mallcrm.domain.account.WebSession;

/**
 * Signed-in sessions, shared by every server process on the database: nothing about a session lives only in one
 * process's memory.
 */
public interface WebSessions {

    void insert(WebSession session);

    Optional<WebSession> find(String tokenHash);

    /** Records a later use of the session. */
    void touch(String tokenHash, Instant lastSeenAt);

    void delete(String tokenHash);

    /** Ends every session of the login (its account was disabled or its password reset); how many ended. */
    int deleteAll(LoginName login);

    /** Forgets sessions last used before {@code idleBefore} or made before {@code createdBefore}; how many. */
    int deleteExpired(Instant idleBefore, Instant createdBefore);
}
