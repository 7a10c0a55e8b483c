package org.mallcrm.adapters.persistence;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.mallcrm.application.common.port.out.IdempotentReplies;
import org.mallcrm.fixtures.common.IdempotentRepliesContract;

@ParameterizedClass(name = "{0}")
@EnumSource(Store.class)
class JooqIdempotentRepliesTest extends IdempotentRepliesContract {

    @Parameter
    Store store;

    private Database db;

    @Override
    protected IdempotentReplies emptyReplies() {
        db = TestDatabases.fresh(store);
        return new JooqIdempotentReplies(db, TestDatabases.defaultMall(db));
    }

    @AfterEach
    void close() {
        db.close();
    }
}
