package org.mallcrm.adapters.persistence.account;

import static org.mallcrm.adapters.persistence.jooq.Tables.ACCOUNT;
import static org.mallcrm.adapters.persistence.jooq.Tables.MALL;
import static org.mallcrm.adapters.persistence.jooq.Tables.WEB_SESSION;

import java.util.Optional;
import org.mallcrm.adapters.persistence.Database;
import org.mallcrm.application.account.port.out.CallerMalls;
import org.mallcrm.domain.account.LoginName;

/** The mall of a login or a session, across every mall of the database (both are unique database-wide). */
public final class JooqCallerMalls implements CallerMalls {

    private final Database db;

    public JooqCallerMalls(Database db) {
        this.db = db;
    }

    @Override
    public Optional<String> ofLogin(LoginName login) {
        return db.dsl(ctx -> ctx.select(MALL.CODE).from(ACCOUNT).join(MALL).on(MALL.ID.eq(ACCOUNT.MALL_ID))
                .where(ACCOUNT.LOGIN.eq(login.value()))
                .fetchOptional(MALL.CODE));
    }

    @Override
    public Optional<String> ofSession(String tokenHash) {
        return db.dsl(ctx -> ctx.select(MALL.CODE).from(WEB_SESSION)
                .join(ACCOUNT).on(ACCOUNT.ID.eq(WEB_SESSION.ACCOUNT_ID))
                .join(MALL).on(MALL.ID.eq(ACCOUNT.MALL_ID))
                .where(WEB_SESSION.TOKEN_HASH.eq(tokenHash))
                .fetchOptional(MALL.CODE));
    }
}
