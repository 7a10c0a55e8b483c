package org.mallcrm.adapters.persistence;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.mallcrm.fixtures.lease.LeasingRecordsContract;

@ParameterizedClass(name = "{0}")
@EnumSource(Store.class)
class JooqLeasingRecordsTest extends LeasingRecordsContract {

    @Parameter
    Store store;

    private Database db;

    @Override
    protected Stores emptyStores() {
        db = TestDatabases.fresh(store);
        long mall = TestDatabases.defaultMall(db);
        return new Stores(new JooqEarnestMonies(db, mall), new JooqPlacements(db, mall), new JooqExitRequests(db, mall));
    }

    @AfterEach
    void close() {
        db.close();
    }
}
