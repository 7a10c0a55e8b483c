package org.mallcrm.adapters.persistence;

import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.AfterEach;
import org.mallcrm.application.lease.port.out.Leases;
import org.mallcrm.fixtures.lease.LeasesContract;

@ParameterizedClass(name = "{0}")
@EnumSource(Store.class)
class JooqLeasesTest extends LeasesContract {

    @Parameter
    Store store;


    private Database db;

    @Override
    protected Leases emptyLeases() {
        db = TestDatabases.fresh(store);
        return new JooqLeases(db, TestDatabases.defaultMall(db));
    }

    @AfterEach
    void close() {
        db.close();
    }
}
