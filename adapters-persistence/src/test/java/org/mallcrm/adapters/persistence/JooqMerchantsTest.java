package org.mallcrm.adapters.persistence;

import org.junit.jupiter.api.AfterEach;
import org.mallcrm.application.merchant.port.out.Merchants;
import org.mallcrm.fixtures.merchant.MerchantsContract;

class JooqMerchantsTest extends MerchantsContract {

    private SqliteDatabase db;

    @Override
    protected Merchants emptyMerchants() {
        db = TestDatabases.fresh();
        return new JooqMerchants(db, TestDatabases.defaultMall(db));
    }

    @AfterEach
    void close() {
        db.close();
    }
}
