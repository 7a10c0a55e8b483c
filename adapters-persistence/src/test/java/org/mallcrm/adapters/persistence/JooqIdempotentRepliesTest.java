package org.mallcrm.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
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

    @Override
    protected <T> T inTransaction(Supplier<T> work) {
        return db.inTransaction(work);
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void a_claim_rolled_back_with_its_write_leaves_the_key_free() {
        db.inTransaction(() -> replies.claim("staff", "k2", "POST /a", NOW, DAY_AGO), claimed -> false);

        assertThat(db.inTransaction(() -> replies.claim("staff", "k2", "POST /b", NOW, DAY_AGO))).isEmpty();
    }
}
