package org.mallcrm.adapters.persistence.account;

import static org.mallcrm.adapters.persistence.jooq.Tables.ACCOUNT;

import java.util.List;
import java.util.Optional;
import org.mallcrm.adapters.persistence.Database;
import org.mallcrm.adapters.persistence.jooq.tables.records.AccountRecord;
import org.mallcrm.application.account.port.out.Accounts;
import org.mallcrm.domain.access.Department;
import org.mallcrm.domain.access.Role;
import org.mallcrm.domain.account.Account;
import org.mallcrm.domain.account.AccountStatus;
import org.mallcrm.domain.account.LoginName;
import org.mallcrm.domain.account.PasswordHash;

/** The accounts of one mall; a login is unique across the database. */
public final class JooqAccounts implements Accounts {

    private final Database db;
    private final long mallId;

    public JooqAccounts(Database db, long mallId) {
        this.db = db;
        this.mallId = mallId;
    }

    @Override
    public boolean insert(Account a) {
        return db.dsl(ctx -> ctx.insertInto(ACCOUNT)
                .set(ACCOUNT.MALL_ID, mallId)
                .set(ACCOUNT.LOGIN, a.login().value())
                .set(ACCOUNT.ROLE, a.role().name())
                .set(ACCOUNT.DEPARTMENT, a.department().map(Department::name).orElse(null))
                .set(ACCOUNT.SUBJECT, a.subject().orElse(null))
                .set(ACCOUNT.PASSWORD_HASH, a.password().encoded())
                .set(ACCOUNT.STATUS, a.status().name())
                .set(ACCOUNT.FAILED_SIGN_INS, (long) a.failedSignIns())
                .set(ACCOUNT.LOCKED_UNTIL, a.lockedUntil().orElse(null))
                .set(ACCOUNT.CREATED_AT, a.createdAt())
                .set(ACCOUNT.LAST_SIGN_IN_AT, a.lastSignInAt().orElse(null))
                .onConflictDoNothing()
                .execute() == 1);
    }

    @Override
    public Optional<Account> find(LoginName login) {
        return db.dsl(ctx -> ctx.selectFrom(ACCOUNT)
                .where(ACCOUNT.MALL_ID.eq(mallId))
                .and(ACCOUNT.LOGIN.eq(login.value()))
                .fetchOptional(JooqAccounts::toAccount));
    }

    @Override
    public List<Account> list() {
        return db.dsl(ctx -> ctx.selectFrom(ACCOUNT)
                .where(ACCOUNT.MALL_ID.eq(mallId))
                .orderBy(ACCOUNT.LOGIN)
                .fetch(JooqAccounts::toAccount));
    }

    @Override
    public void update(Account a) {
        int n = db.dsl(ctx -> ctx.update(ACCOUNT)
                .set(ACCOUNT.PASSWORD_HASH, a.password().encoded())
                .set(ACCOUNT.STATUS, a.status().name())
                .set(ACCOUNT.FAILED_SIGN_INS, (long) a.failedSignIns())
                .set(ACCOUNT.LOCKED_UNTIL, a.lockedUntil().orElse(null))
                .set(ACCOUNT.LAST_SIGN_IN_AT, a.lastSignInAt().orElse(null))
                .where(ACCOUNT.MALL_ID.eq(mallId))
                .and(ACCOUNT.LOGIN.eq(a.login().value()))
                .execute());
        if (n != 1) {
            throw new IllegalStateException("no account " + a.login() + " to update");
        }
    }

    private static Account toAccount(AccountRecord r) {
        return new Account(new LoginName(r.getLogin()), Role.valueOf(r.getRole()),
                Optional.ofNullable(r.getDepartment()).map(Department::valueOf), Optional.ofNullable(r.getSubject()),
                PasswordHash.parse(r.getPasswordHash()), AccountStatus.valueOf(r.getStatus()),
                Math.toIntExact(r.getFailedSignIns()), Optional.ofNullable(r.getLockedUntil()),
                r.getCreatedAt(), Optional.ofNullable(r.getLastSignInAt()));
    }
}
