package org.mallcrm.adapters.persistence;

import org.junit.jupiter.api.AfterEach;
import org.mallcrm.application.lease.port.out.Leases;
import org.mallcrm.fixtures.lease.LeasesContract;

class JooqLeasesTest extends LeasesContract {

    private SqliteDatabase db;

    @Override
    protected Leases emptyLeases() {
        db = TestDatabases.fresh();
        return new JooqLeases(db, TestDatabases.defaultMall(db));
    }

    @AfterEach
    void close() {
        db.close();
    }
}
