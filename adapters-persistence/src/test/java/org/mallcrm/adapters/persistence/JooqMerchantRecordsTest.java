package org.mallcrm.adapters.persistence;

import org.junit.jupiter.api.AfterEach;
import org.mallcrm.fixtures.merchant.MerchantRecordsContract;

class JooqMerchantRecordsTest extends MerchantRecordsContract {

    private SqliteDatabase db;

    @Override
    protected Stores empty() {
        db = TestDatabases.fresh();
        long mall = TestDatabases.defaultMall(db);
        return new Stores(new JooqMerchants(db, mall), new JooqCredits(db, mall), new JooqFollowUps(db, mall),
                new JooqOperationsLog(db, mall), new JooqMerchantRequests(db, mall));
    }

    @AfterEach
    void close() {
        db.close();
    }
}
