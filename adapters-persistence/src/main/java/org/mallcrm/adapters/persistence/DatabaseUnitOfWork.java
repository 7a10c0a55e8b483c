package org.mallcrm.adapters.persistence;

import java.util.function.Predicate;
import java.util.function.Supplier;
import org.mallcrm.application.common.port.out.UnitOfWork;

/**
 * A unit of work is one database transaction (see {@link Database#inTransaction}): committed, or rolled back when
 * the result asks for it; a nested one joins it behind a savepoint.
 */
public final class DatabaseUnitOfWork implements UnitOfWork {

    private final Database db;

    public DatabaseUnitOfWork(Database db) {
        this.db = db;
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        return db.inTransaction(work);
    }

    @Override
    public <T> T inTransaction(Supplier<T> work, Predicate<? super T> rollBack) {
        return db.inTransaction(work, result -> !rollBack.test(result));
    }
}
