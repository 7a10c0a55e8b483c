package org.mallcrm.adapters.persistence.account;

import static org.mallcrm.adapters.persistence.jooq.Tables.AUDIT_LOG;

import java.util.List;
import org.jooq.Condition;
import org.jooq.impl.DSL;
import org.mallcrm.adapters.persistence.Database;
import org.mallcrm.application.audit.port.out.AuditTrail;
import org.mallcrm.domain.audit.AuditEntry;

/** The operation log (操作日志) of one mall, newest first by the row's number. */
public final class JooqAuditTrail implements AuditTrail {

    private final Database db;
    private final long mallId;

    public JooqAuditTrail(Database db, long mallId) {
        this.db = db;
        this.mallId = mallId;
    }

    @Override
    public void append(AuditEntry e) {
        db.dsl(ctx -> ctx.insertInto(AUDIT_LOG)
                .set(AUDIT_LOG.MALL_ID, mallId)
                .set(AUDIT_LOG.AT, e.at())
                .set(AUDIT_LOG.ACTOR, e.actor())
                .set(AUDIT_LOG.VIA, e.via().name())
                .set(AUDIT_LOG.ACTION, e.action())
                .set(AUDIT_LOG.SUBJECT, e.subject())
                .set(AUDIT_LOG.DETAIL, e.detail())
                .execute());
    }

    @Override
    public List<Entry> page(String cursor, int limit) {
        Condition older = cursor == null ? DSL.noCondition() : AUDIT_LOG.ID.lt(Cursors.id(cursor));
        return db.dsl(ctx -> ctx.selectFrom(AUDIT_LOG)
                .where(AUDIT_LOG.MALL_ID.eq(mallId)).and(older)
                .orderBy(AUDIT_LOG.ID.desc())
                .limit(limit)
                .fetch(r -> new Entry(String.valueOf(r.getId()), new AuditEntry(r.getAt(), r.getActor(),
                        AuditEntry.Via.valueOf(r.getVia()), r.getAction(), r.getSubject(), r.getDetail()))));
    }
}
