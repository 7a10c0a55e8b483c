package org.mallcrm.adapters.persistence;

import java.util.function.Supplier;
import org.mallcrm.application.common.port.out.UnitOfWork;

/** A unit of work is one database transaction (see {@link Database#inTransaction}). */
public final class DatabaseUnitOfWork implements UnitOfWork {

    private final Database db;

    public DatabaseUnitOfWork(Database db) {
        this.db = db;
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        return db.inTransaction(work);
    }
}
