package org.mallcrm.application.account.port.in;

import java.util.Optional;

/**
 * Which mall a request of the web pages acts on: the mall of its session, or of the login it signs in with. Nothing
 * else about the session is read or changed (the mall's own {@link SessionUseCases} do that).
 */
public interface CallerMallQuery {

    /** The mall of the session with this cookie value, if one exists (expired or not). */
    Optional<String> mallOfSession(String token);

    /** The mall of the account with this login, if one exists; a login that is not well-formed has none. */
    Optional<String> mallOfLogin(String login);
}
