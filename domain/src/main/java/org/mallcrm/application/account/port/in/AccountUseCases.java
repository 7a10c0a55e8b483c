package org.mallcrm.application.account.port.in;

import java.util.List;
import java.util.Optional;
import org.mallcrm.application.common.port.in.Outcome;
import org.mallcrm.domain.access.Role;
import org.mallcrm.domain.account.Account;

/** Accounts for the web pages (员工账号 and the apps' accounts): create, list, disable, set a new password. */
public interface AccountUseCases {

    /**
     * Opens an account. Refused when the login is taken or the merchant does not exist; invalid (with the field)
     * when the login, role, department, subject or password is malformed.
     *
     * @param password null to generate one; the outcome then carries it, shown once
     */
    Outcome<Created> create(NewAccount command);

    List<Account> list();

    /** Disables the account and ends its sessions. */
    Outcome<Account> disable(String login);

    /** Sets a new password (null: a generated one), clears any lock and ends the account's sessions. */
    Outcome<Created> resetPassword(String login, String password);

    Optional<Account> find(String login);

    /**
     * @param department a department's code or name (招商部, FINANCE …) for STAFF, null otherwise
     * @param subject    the merchant number, buyer id or channel code for the other roles
     */
    record NewAccount(String login, Role role, String department, String subject, String password) {
    }

    /** The account and, when the system made the password up, the password (shown once). */
    record Created(Account account, Optional<String> generatedPassword) {
    }
}
