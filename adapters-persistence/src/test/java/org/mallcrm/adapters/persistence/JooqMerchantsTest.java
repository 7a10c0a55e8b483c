package org.mallcrm.adapters.persistence;

import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.AfterEach;
import org.mallcrm.application.merchant.port.out.Merchants;
import org.mallcrm.fixtures.merchant.MerchantsContract;

@ParameterizedClass(name = "{0}")
@EnumSource(Store.class)
class JooqMerchantsTest extends MerchantsContract {

    @Parameter
    Store store;


    private Database db;

    @Override
    protected Merchants emptyMerchants() {
        db = TestDatabases.fresh(store);
        return new JooqMerchants(db, TestDatabases.defaultMall(db));
    }

    @AfterEach
    void close() {
        db.close();
    }
}
