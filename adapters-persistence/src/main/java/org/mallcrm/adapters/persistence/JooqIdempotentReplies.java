package org.mallcrm.adapters.persistence;

import static org.mallcrm.adapters.persistence.jooq.Tables.IDEMPOTENT_REPLY;

import java.time.Instant;
import java.util.Optional;
import org.mallcrm.application.common.port.out.IdempotentReplies;

/**
 * Idempotent replies of one mall in SQLite. A claim inserts the key's row first, inside the caller's transaction:
 * SQLite's transactions here begin IMMEDIATE, so a second writer with the same key waits for the first to commit
 * and then finds its reply (a server database's unique key makes the second insert wait the same way). The reply
 * is written into that row before the transaction commits. {@code created_at} dates the claim for expiry.
 */
public final class JooqIdempotentReplies implements IdempotentReplies {

    private final Database db;
    private final long mallId;

    public JooqIdempotentReplies(Database db, long mallId) {
        this.db = db;
        this.mallId = mallId;
    }

    @Override
    public Optional<Reply> claim(String principal, String key, String request, Instant now, Instant expiredBefore) {
        return db.inTransaction(() -> db.dsl(ctx -> {
            ctx.deleteFrom(IDEMPOTENT_REPLY).where(IDEMPOTENT_REPLY.MALL_ID.eq(mallId))
                    .and(IDEMPOTENT_REPLY.PRINCIPAL.eq(principal)).and(IDEMPOTENT_REPLY.IDEM_KEY.eq(key))
                    .and(IDEMPOTENT_REPLY.CREATED_AT.lt(stamp(expiredBefore))).execute();
            int claimed = ctx.insertInto(IDEMPOTENT_REPLY).set(IDEMPOTENT_REPLY.MALL_ID, mallId)
                    .set(IDEMPOTENT_REPLY.PRINCIPAL, principal).set(IDEMPOTENT_REPLY.IDEM_KEY, key)
                    .set(IDEMPOTENT_REPLY.REQUEST, request).set(IDEMPOTENT_REPLY.STATUS, (long) PENDING)
                    .set(IDEMPOTENT_REPLY.BODY, "").set(IDEMPOTENT_REPLY.CREATED_AT, stamp(now))
                    .onConflictDoNothing().execute();
            if (claimed == 1) {
                return Optional.<Reply>empty();
            }
            return ctx.selectFrom(IDEMPOTENT_REPLY).where(IDEMPOTENT_REPLY.MALL_ID.eq(mallId))
                    .and(IDEMPOTENT_REPLY.PRINCIPAL.eq(principal)).and(IDEMPOTENT_REPLY.IDEM_KEY.eq(key))
                    .fetchOptional()
                    .map(r -> new Reply(r.getRequest(), r.getStatus().intValue(), r.getBody()));
        }));
    }

    @Override
    public void complete(String principal, String key, Reply reply) {
        db.dsl(ctx -> ctx.update(IDEMPOTENT_REPLY).set(IDEMPOTENT_REPLY.REQUEST, reply.request())
                .set(IDEMPOTENT_REPLY.STATUS, (long) reply.status()).set(IDEMPOTENT_REPLY.BODY, reply.body())
                .where(IDEMPOTENT_REPLY.MALL_ID.eq(mallId)).and(IDEMPOTENT_REPLY.PRINCIPAL.eq(principal))
                .and(IDEMPOTENT_REPLY.IDEM_KEY.eq(key)).execute());
    }

    /** Whole seconds: every store keeps the stamp alike. */
    private static Instant stamp(Instant t) {
        return t.truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
    }

    @Override
    public int purge(Instant before) {
        return db.inTransaction(() -> db.dsl(ctx -> ctx.deleteFrom(IDEMPOTENT_REPLY)
                .where(IDEMPOTENT_REPLY.MALL_ID.eq(mallId))
                .and(IDEMPOTENT_REPLY.CREATED_AT.lt(stamp(before))).execute()));
    }
}
