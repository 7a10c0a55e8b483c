package org.mallcrm.adapters.persistence.account;

import static org.mallcrm.adapters.persistence.jooq.Tables.ACCOUNT;
import static org.mallcrm.adapters.persistence.jooq.Tables.WEB_SESSION;

import java.time.Instant;
import java.util.Optional;
import org.jooq.impl.DSL;
import org.mallcrm.adapters.persistence.Database;
import org.mallcrm.application.account.port.out.WebSessions;
import org.mallcrm.domain.account.LoginName;
import org.mallcrm.domain.account.WebSession;

/**
 * Sessions of one mall's accounts, in the database so that every server process sees the same ones. Times are
 * kept to the millisecond.
 */
public final class JooqWebSessions implements WebSessions {

    private final Database db;
    private final long mallId;

    public JooqWebSessions(Database db, long mallId) {
        this.db = db;
        this.mallId = mallId;
    }

    @Override
    public void insert(WebSession s) {
        db.dsl(ctx -> {
            Long account = ctx.select(ACCOUNT.ID).from(ACCOUNT).where(ACCOUNT.MALL_ID.eq(mallId))
                    .and(ACCOUNT.LOGIN.eq(s.login().value())).fetchOne(ACCOUNT.ID);
            if (account == null) {
                throw new IllegalStateException("no account " + s.login() + " for a session");
            }
            return ctx.insertInto(WEB_SESSION)
                    .set(WEB_SESSION.ACCOUNT_ID, account)
                    .set(WEB_SESSION.TOKEN_HASH, s.tokenHash())
                    .set(WEB_SESSION.CSRF_TOKEN, s.csrfToken())
                    .set(WEB_SESSION.CREATED_MS, s.createdAt().toEpochMilli())
                    .set(WEB_SESSION.LAST_SEEN_MS, s.lastSeenAt().toEpochMilli())
                    .execute();
        });
    }

    @Override
    public Optional<WebSession> find(String tokenHash) {
        return db.dsl(ctx -> ctx.select(WEB_SESSION.TOKEN_HASH, ACCOUNT.LOGIN, WEB_SESSION.CSRF_TOKEN,
                        WEB_SESSION.CREATED_MS, WEB_SESSION.LAST_SEEN_MS)
                .from(WEB_SESSION).join(ACCOUNT).on(ACCOUNT.ID.eq(WEB_SESSION.ACCOUNT_ID))
                .where(WEB_SESSION.TOKEN_HASH.eq(tokenHash))
                .and(ACCOUNT.MALL_ID.eq(mallId))
                .fetchOptional(r -> new WebSession(r.value1(), new LoginName(r.value2()), r.value3(),
                        Instant.ofEpochMilli(r.value4()), Instant.ofEpochMilli(r.value5()))));
    }

    @Override
    public void touch(String tokenHash, Instant lastSeenAt) {
        long ms = lastSeenAt.toEpochMilli();
        db.dsl(ctx -> ctx.update(WEB_SESSION)
                .set(WEB_SESSION.LAST_SEEN_MS, DSL.greatest(WEB_SESSION.LAST_SEEN_MS, DSL.val(ms)))
                .where(WEB_SESSION.TOKEN_HASH.eq(tokenHash))
                .and(WEB_SESSION.ACCOUNT_ID.in(DSL.select(ACCOUNT.ID).from(ACCOUNT).where(ACCOUNT.MALL_ID.eq(mallId))))
                .execute());
    }

    @Override
    public void delete(String tokenHash) {
        db.dsl(ctx -> ctx.deleteFrom(WEB_SESSION)
                .where(WEB_SESSION.TOKEN_HASH.eq(tokenHash))
                .and(WEB_SESSION.ACCOUNT_ID.in(DSL.select(ACCOUNT.ID).from(ACCOUNT).where(ACCOUNT.MALL_ID.eq(mallId))))
                .execute());
    }

    @Override
    public int deleteAll(LoginName login) {
        return db.dsl(ctx -> ctx.deleteFrom(WEB_SESSION)
                .where(WEB_SESSION.ACCOUNT_ID.in(DSL.select(ACCOUNT.ID).from(ACCOUNT)
                        .where(ACCOUNT.MALL_ID.eq(mallId)).and(ACCOUNT.LOGIN.eq(login.value()))))
                .execute());
    }

    @Override
    public int deleteExpired(Instant idleBefore, Instant createdBefore) {
        return db.dsl(ctx -> ctx.deleteFrom(WEB_SESSION)
                .where(WEB_SESSION.LAST_SEEN_MS.lt(idleBefore.toEpochMilli())
                        .or(WEB_SESSION.CREATED_MS.lt(createdBefore.toEpochMilli())))
                .and(WEB_SESSION.ACCOUNT_ID.in(DSL.select(ACCOUNT.ID).from(ACCOUNT).where(ACCOUNT.MALL_ID.eq(mallId))))
                .execute());
    }
}
