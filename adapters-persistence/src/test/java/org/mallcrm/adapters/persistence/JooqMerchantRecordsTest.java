package org.mallcrm.adapters.persistence;

import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.AfterEach;
import org.mallcrm.fixtures.merchant.MerchantRecordsContract;

@ParameterizedClass(name = "{0}")
@EnumSource(Store.class)
class JooqMerchantRecordsTest extends MerchantRecordsContract {

    @Parameter
    Store store;


    private Database db;

    @Override
    protected Stores empty() {
        db = TestDatabases.fresh(store);
        long mall = TestDatabases.defaultMall(db);
        return new Stores(new JooqMerchants(db, mall), new JooqCredits(db, mall), new JooqFollowUps(db, mall),
                new JooqOperationsLog(db, mall), new JooqMerchantRequests(db, mall));
    }

    @AfterEach
    void close() {
        db.close();
    }
}
