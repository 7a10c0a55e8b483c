package org.mallcrm.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.mallcrm.application.common.port.out.UnitOfWork;

/**
 * A unit of work rolls back when its result says so, without an exception; nested work joins the outer
 * transaction, and nested work rolled back by its result undoes only its own writes.
 */
@ParameterizedClass(name = "{0}")
@EnumSource(Store.class)
class DatabaseUnitOfWorkTest {

    @Parameter
    Store store;

    Database db;
    UnitOfWork uow;
    JooqIdempotentReplies rows;
    final Instant now = Instant.parse("2026-05-01T08:00:00Z");
    final Instant before = now.minusSeconds(86_400);

    @BeforeEach
    void open() {
        db = TestDatabases.fresh(store);
        uow = new DatabaseUnitOfWork(db);
        rows = new JooqIdempotentReplies(db, TestDatabases.defaultMall(db));
    }

    @AfterEach
    void close() {
        db.close();
    }

    /** Whether a row was kept under the key (claiming it again finds it). */
    private boolean kept(String key) {
        return uow.inTransaction(() -> rows.claim("t", key, "r", now, before).isPresent(), claimedNow -> true);
    }

    @Test
    void a_result_that_asks_for_it_rolls_the_work_back_and_is_still_returned() {
        String result = uow.inTransaction(() -> {
            rows.claim("t", "refused", "r", now, before);
            return "refused";
        }, r -> r.equals("refused"));

        assertThat(result).isEqualTo("refused");
        assertThat(kept("refused")).isFalse();
        uow.inTransaction(() -> rows.claim("t", "done", "r", now, before), r -> false);
        assertThat(kept("done")).isTrue();
    }

    @Test
    void nested_work_joins_the_outer_transaction_and_a_rolled_back_nested_result_undoes_only_its_own_writes() {
        uow.run(() -> {
            rows.claim("t", "outer", "r", now, before);
            uow.inTransaction(() -> rows.claim("t", "inner-refused", "r", now, before), r -> true);
            uow.inTransaction(() -> rows.claim("t", "inner-done", "r", now, before), r -> false);
        });

        assertThat(kept("outer")).isTrue();
        assertThat(kept("inner-refused")).isFalse();
        assertThat(kept("inner-done")).isTrue();
    }

    @Test
    void an_outer_rollback_takes_the_nested_work_with_it() {
        uow.inTransaction(() -> {
            uow.inTransaction(() -> rows.claim("t", "nested", "r", now, before));
            return false;
        }, ok -> !ok);

        assertThat(kept("nested")).isFalse();
    }
}
