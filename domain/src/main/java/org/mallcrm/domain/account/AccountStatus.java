package org.mallcrm.domain.account;

/** Whether an account may sign in at all. A disabled account is kept, with its logs, but cannot sign in. */
public enum AccountStatus {
    ACTIVE, DISABLED
}
