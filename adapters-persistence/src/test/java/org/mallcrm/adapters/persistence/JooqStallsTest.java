package org.mallcrm.adapters.persistence;

import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mallcrm.application.stall.port.out.Stalls;
import org.mallcrm.domain.stall.StallNo;
import org.mallcrm.fixtures.stall.StallFixtures;
import org.mallcrm.fixtures.stall.StallsContract;

@ParameterizedClass(name = "{0}")
@EnumSource(Store.class)
class JooqStallsTest extends StallsContract {

    @Parameter
    Store store;


    private Database db;

    @Override
    protected Stalls emptyStalls() {
        db = TestDatabases.fresh(store);
        return new JooqStalls(db, TestDatabases.defaultMall(db));
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void a_failed_transaction_writes_nothing() {
        assertThatThrownBy(() -> db.inTransaction(() -> {
            stalls.insert(List.of(StallFixtures.a101()));
            throw new IllegalStateException("boom");
        })).hasMessage("boom");

        assertThat(stalls.find(StallNo.of("A101"))).isEmpty();
    }

    @Test
    void money_and_area_are_stored_as_exact_integers() {
        stalls.insert(List.of(StallFixtures.a101()));

        String sql = store == Store.SQLITE
                ? "select typeof(base_rent_fen), base_rent_fen, typeof(leasable_area_hundredths), leasable_area_hundredths "
                        + "from stall"
                : "select pg_typeof(base_rent_fen)::text, base_rent_fen, pg_typeof(leasable_area_hundredths)::text, "
                        + "leasable_area_hundredths from stall";
        Object[] row = db.dsl(ctx -> ctx.fetchOne(sql).intoArray());

        String integer = store == Store.SQLITE ? "integer" : "bigint";
        assertThat(row).extracting(String::valueOf).containsExactly(integer, "18000", integer, "4550");
    }

    @Test
    void foreign_keys_are_enforced_on_every_connection() {
        assertThatThrownBy(() -> db.dsl(ctx -> ctx.execute(
                "insert into stall_lineage (mall_id, parent_no, child_no) values (999, 'A', 'B')")))
                .satisfies(e -> assertThat(SqlFailure.of(e)).isEqualTo(SqlFailure.FOREIGN_KEY));
    }

    @Test
    void row_ids_beyond_32_bits_read_back_exactly() {
        long big = 5_000_000_000L;
        db.dsl(ctx -> ctx.execute("insert into mall (id, code, name, created_at) values (" + big
                + ", 'BIG', 'Big', '2026-01-01T00:00:00Z')"));

        Long id = db.dsl(ctx -> ctx.selectFrom(org.mallcrm.adapters.persistence.jooq.Tables.MALL)
                .where(org.mallcrm.adapters.persistence.jooq.Tables.MALL.CODE.eq("BIG")).fetchOne().getId());

        assertThat(id).isEqualTo(big);
    }
}
