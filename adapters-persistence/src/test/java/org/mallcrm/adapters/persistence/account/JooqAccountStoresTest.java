package org.mallcrm.adapters.persistence.account;

import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.mallcrm.adapters.persistence.Database;
import org.mallcrm.adapters.persistence.Store;
import org.mallcrm.adapters.persistence.TestDatabases;
import org.mallcrm.adapters.persistence.jooq.Tables;
import org.mallcrm.application.account.port.out.Accounts;
import org.mallcrm.fixtures.account.AccountStoresContract;

@ParameterizedClass(name = "{0}")
@EnumSource(Store.class)
class JooqAccountStoresTest extends AccountStoresContract {

    @Parameter
    Store store;

    private Database db;

    @Override
    protected Stores empty() {
        db = TestDatabases.fresh(store);
        long mall = TestDatabases.defaultMall(db);
        return new Stores(new JooqAccounts(db, mall), new JooqWebSessions(db, mall), new JooqSignInLog(db, mall),
                new JooqAuditTrail(db, mall), new JooqCallerMalls(db));
    }

    @Override
    protected Accounts otherMallAccounts() {
        long other = db.dsl(ctx -> ctx.insertInto(Tables.MALL).set(Tables.MALL.CODE, "OTHER")
                .set(Tables.MALL.NAME, "Other mall").set(Tables.MALL.CREATED_AT, Instant.parse("2026-01-01T00:00:00Z"))
                .returningResult(Tables.MALL.ID).fetchOne().value1());
        return new JooqAccounts(db, other);
    }

    @AfterEach
    void close() {
        db.close();
    }
}
