package org.mallcrm.adapters.persistence;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.mallcrm.application.access.port.out.AccessTokens;
import org.mallcrm.fixtures.access.AccessTokensContract;

@ParameterizedClass(name = "{0}")
@EnumSource(Store.class)
class JooqAccessTokensTest extends AccessTokensContract {

    @Parameter
    Store store;

    private Database db;

    @Override
    protected AccessTokens emptyTokens() {
        db = TestDatabases.fresh(store);
        return new JooqAccessTokens(db, TestDatabases.defaultMall(db));
    }

    @AfterEach
    void close() {
        db.close();
    }
}
