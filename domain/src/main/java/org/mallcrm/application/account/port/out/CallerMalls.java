package org.mallcrm.application.account.port.out;

import java.util.Optional;
import org.mallcrm.domain.account.LoginName;

/**
 * The mall a web caller belongs to, across every mall of the database: a login is unique across the database, and a
 * session belongs to its account's mall. A server of every mall asks this before it knows which mall's stores to use.
 */
public interface CallerMalls {

    /** The code of the mall of the account with this login. */
    Optional<String> ofLogin(LoginName login);

    /** The code of the mall of the account whose session has this token hash. */
    Optional<String> ofSession(String tokenHash);
}
