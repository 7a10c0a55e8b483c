package org.mallcrm.adapters.persistence;

import static org.mallcrm.adapters.persistence.jooq.Tables.MALL;

import java.util.List;
import java.util.Optional;
import org.mallcrm.adapters.persistence.jooq.tables.records.MallRecord;
import org.mallcrm.application.mall.port.out.Malls;
import org.mallcrm.domain.mall.Mall;

/** The malls of the database (the {@code mall} table); every other table names its mall. */
public final class JooqMalls implements Malls {

    private final Database db;

    public JooqMalls(Database db) {
        this.db = db;
    }

    @Override
    public List<Mall> list() {
        return db.dsl(ctx -> ctx.selectFrom(MALL).orderBy(MALL.CODE).fetch(JooqMalls::mall));
    }

    @Override
    public Optional<Mall> find(String code) {
        return db.dsl(ctx -> ctx.selectFrom(MALL).where(MALL.CODE.eq(code)).fetchOptional(JooqMalls::mall));
    }

    @Override
    public boolean add(Mall mall) {
        return db.dsl(ctx -> ctx.insertInto(MALL)
                .set(MALL.CODE, mall.code())
                .set(MALL.NAME, mall.name())
                .set(MALL.CREATED_AT, mall.createdAt())
                .onConflictDoNothing()
                .execute() == 1);
    }

    /** The database id of a mall, for the repositories of that mall. */
    public Optional<Long> idOf(String code) {
        return db.dsl(ctx -> ctx.select(MALL.ID).from(MALL).where(MALL.CODE.eq(code)).fetchOptional(r -> r.value1()));
    }

    /** The mall with that database id. */
    public Optional<Mall> byId(long id) {
        return db.dsl(ctx -> ctx.selectFrom(MALL).where(MALL.ID.eq(id)).fetchOptional(JooqMalls::mall));
    }

    private static Mall mall(MallRecord r) {
        return new Mall(r.getCode(), r.getName(), r.getCreatedAt());
    }
}
