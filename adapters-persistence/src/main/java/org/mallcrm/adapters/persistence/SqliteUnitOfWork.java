package org.mallcrm.adapters.persistence;

import java.util.function.Predicate;
import java.util.function.Supplier;
import org.mallcrm.application.common.port.out.UnitOfWork;

/**
 * A unit of work is one SQLite transaction (BEGIN IMMEDIATE … COMMIT, or ROLLBACK when the result asks for it); a
 * nested one joins it behind a savepoint.
 */
public final class SqliteUnitOfWork implements UnitOfWork {

    private final SqliteDatabase db;

    public SqliteUnitOfWork(SqliteDatabase db) {
        this.db = db;
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        return db.inTransaction(work);
    }

    @Override
    public <T> T inTransaction(Supplier<T> work, Predicate<? super T> rollBack) {
        return db.inTransaction(work, rollBack);
    }
}
