package org.mallcrm.adapters.persistence.account;

import static org.mallcrm.adapters.persistence.jooq.Tables.SIGN_IN_LOG;

import java.util.List;
import org.jooq.Condition;
import org.jooq.impl.DSL;
import org.mallcrm.adapters.persistence.Database;
import org.mallcrm.application.account.port.out.SignInLog;
import org.mallcrm.domain.account.SignInEvent;

/** The sign-in log of one mall, newest first by the row's number. */
public final class JooqSignInLog implements SignInLog {

    private final Database db;
    private final long mallId;

    public JooqSignInLog(Database db, long mallId) {
        this.db = db;
        this.mallId = mallId;
    }

    @Override
    public void append(SignInEvent e) {
        db.dsl(ctx -> ctx.insertInto(SIGN_IN_LOG)
                .set(SIGN_IN_LOG.MALL_ID, mallId)
                .set(SIGN_IN_LOG.AT, e.at())
                .set(SIGN_IN_LOG.LOGIN, e.login())
                .set(SIGN_IN_LOG.KIND, e.kind().name())
                .set(SIGN_IN_LOG.REMOTE, e.remote())
                .set(SIGN_IN_LOG.AGENT, e.agent())
                .execute());
    }

    @Override
    public List<Entry> page(String cursor, int limit) {
        Condition older = cursor == null ? DSL.noCondition() : SIGN_IN_LOG.ID.lt(Cursors.id(cursor));
        return db.dsl(ctx -> ctx.selectFrom(SIGN_IN_LOG)
                .where(SIGN_IN_LOG.MALL_ID.eq(mallId)).and(older)
                .orderBy(SIGN_IN_LOG.ID.desc())
                .limit(limit)
                .fetch(r -> new Entry(String.valueOf(r.getId()), new SignInEvent(r.getAt(),
                        r.getLogin(), SignInEvent.Kind.valueOf(r.getKind()), r.getRemote(), r.getAgent()))));
    }
}
