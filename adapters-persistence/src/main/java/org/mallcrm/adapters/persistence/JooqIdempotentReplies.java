package org.mallcrm.adapters.persistence;

import static org.mallcrm.adapters.persistence.jooq.Tables.IDEMPOTENT_REPLY;

import java.time.Instant;
import java.util.Optional;
import org.mallcrm.application.common.port.out.IdempotentReplies;

/** Idempotent replies of one mall in SQLite; the first one saved for a caller and key wins. */
public final class JooqIdempotentReplies implements IdempotentReplies {

    private final Database db;
    private final long mallId;

    public JooqIdempotentReplies(Database db, long mallId) {
        this.db = db;
        this.mallId = mallId;
    }

    @Override
    public Optional<Reply> find(String principal, String key) {
        return db.dsl(ctx -> ctx.selectFrom(IDEMPOTENT_REPLY).where(IDEMPOTENT_REPLY.MALL_ID.eq(mallId))
                .and(IDEMPOTENT_REPLY.PRINCIPAL.eq(principal)).and(IDEMPOTENT_REPLY.IDEM_KEY.eq(key)).fetchOptional()
                .map(r -> new Reply(r.getRequest(), r.getStatus().intValue(), r.getBody())));
    }

    @Override
    public Reply save(String principal, String key, Reply reply) {
        return db.inTransaction(() -> {
            db.dsl(ctx -> ctx.insertInto(IDEMPOTENT_REPLY).set(IDEMPOTENT_REPLY.MALL_ID, mallId)
                    .set(IDEMPOTENT_REPLY.PRINCIPAL, principal).set(IDEMPOTENT_REPLY.IDEM_KEY, key)
                    .set(IDEMPOTENT_REPLY.REQUEST, reply.request()).set(IDEMPOTENT_REPLY.STATUS, (long) reply.status())
                    .set(IDEMPOTENT_REPLY.BODY, reply.body()).set(IDEMPOTENT_REPLY.CREATED_AT, Instant.now())
                    .onConflictDoNothing().execute());
            return find(principal, key).orElseThrow();
        });
    }
}
