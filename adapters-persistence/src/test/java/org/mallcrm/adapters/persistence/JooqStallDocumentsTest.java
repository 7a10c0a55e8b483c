package org.mallcrm.adapters.persistence;

import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mallcrm.adapters.persistence.jooq.Tables;
import org.mallcrm.application.stall.port.out.StallDocuments;
import org.mallcrm.fixtures.stall.StallDocumentsContract;

@ParameterizedClass(name = "{0}")
@EnumSource(Store.class)
class JooqStallDocumentsTest extends StallDocumentsContract {

    @Parameter
    Store store;


    private Database db;

    @Override
    protected StallDocuments emptyDocuments() {
        db = TestDatabases.fresh(store);
        return new JooqStallDocuments(db, TestDatabases.defaultMall(db));
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void instants_are_stored_fixed_width_in_sqlite_so_text_order_is_time_order() {
        assertThat(org.mallcrm.adapters.persistence.types.InstantBinding.text(Instant.parse("2026-02-20T02:01:00Z")))
                .isEqualTo("2026-02-20T02:01:00.000000000Z")
                .isGreaterThan(org.mallcrm.adapters.persistence.types.InstantBinding.text(
                        Instant.parse("2026-02-20T02:00:59.5Z")));
    }

    @Test
    void a_failed_transaction_files_nothing() {
        assertThatThrownBy(() -> db.inTransaction(() -> {
            documents.add(a1Split());
            throw new IllegalStateException("boom");
        })).hasMessage("boom");

        assertThat(documents.find(a1Split().documentNo())).isEmpty();
        int rows = db.dsl(ctx -> ctx.fetchCount(Tables.STALL_DOCUMENT_STALL));
        assertThat(rows).isZero();
    }

    @Test
    void the_schema_refuses_a_merge_without_its_price() {
        long mall = TestDatabases.defaultMall(db);
        assertThatThrownBy(() -> db.dsl(ctx -> ctx.execute("insert into stall_document (mall_id, document_no, kind, "
                + "effective_on, requested_by, requested_at, approved_by, approved_at) values (" + mall
                + ", 'MRG-1', 'MERGE', '2026-03-01', 'a', '2026-03-01T00:00:00Z', 'b', '2026-03-01T00:00:00Z')")))
                .satisfies(e -> assertThat(SqlFailure.of(e)).isEqualTo(SqlFailure.CHECK));
    }
}
