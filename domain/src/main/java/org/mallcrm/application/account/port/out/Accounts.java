package org.mallcrm.application.account.port.out;

import java.util.List;
import java.util.Optional;
import org.mallcrm.domain.account.Account;
import org.mallcrm.domain.account.LoginName;

/** The accounts of one mall; logins are unique across the database. */
public interface Accounts {

    /** Stores a new account; false when the login is taken (in this mall or another). */
    boolean insert(Account account);

    Optional<Account> find(LoginName login);

    /** Every account of the mall, by login. */
    List<Account> list();

    /** Stores the account's changed state (status, password, wrong passwords in a row, lock, last sign-in). */
    void update(Account account);
}
