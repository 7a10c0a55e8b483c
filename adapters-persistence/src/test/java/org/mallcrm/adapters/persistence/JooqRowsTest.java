package org.mallcrm.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mallcrm.adapters.persistence.jooq.Tables.STALL;
import static org.mallcrm.adapters.persistence.jooq.Tables.STALL_DOCUMENT;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jooq.Record;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.mallcrm.adapters.persistence.jooq.tables.records.StallDocumentRecord;
import org.mallcrm.adapters.persistence.jooq.tables.records.StallRecord;
import org.mallcrm.adapters.persistence.types.InstantBinding;

/** New rows written as jOOQ would write each record: every value as its binding stores it, defaults, order, refusals. */
@ParameterizedClass(name = "{0}")
@EnumSource(Store.class)
class JooqRowsTest {

    @Parameter
    Store store;

    private Database db;
    private long mall;

    @BeforeEach
    void open() {
        db = TestDatabases.fresh(store);
        mall = TestDatabases.defaultMall(db);
    }

    @AfterEach
    void close() {
        db.close();
    }

    private StallRecord stall(String no, Long version) {
        StallRecord r = new StallRecord();
        r.setMallId(mall);
        r.setStallNo(no);
        r.setFloor("1F");
        r.setZone("A");
        r.setBusinessType("女装");
        r.setOutlineWkt("POLYGON ((0 0, 1000 0, 1000 1000, 0 1000, 0 0))");
        r.setMinX(0L);
        r.setMinY(0L);
        r.setMaxX(1000L);
        r.setMaxY(1000L);
        r.setLeasableAreaHundredths(100L);
        r.setBaseRentFen(12_345L);
        r.setStatus("VACANT");
        if (version != null) {
            r.setVersion(version);
        }
        return r;
    }

    @Test
    void rows_keep_their_order_and_a_column_a_row_left_unset_gets_its_default() {
        List<StallRecord> rows = new ArrayList<>();
        for (int i = 0; i < 1_200; i++) {
            // runs of rows that set the version and rows that leave it to the table's default (0)
            rows.add(stall(String.format("1F-A-%04d", i), i % 500 < 250 ? null : 7L));
        }

        db.dsl(ctx -> {
            JooqRows.insert(ctx, STALL, rows);
            return null;
        });

        List<Record> back = new ArrayList<>(db.dsl(ctx -> ctx.select(STALL.STALL_NO, STALL.VERSION,
                STALL.BASE_RENT_FEN).from(STALL).where(STALL.MALL_ID.eq(mall)).orderBy(STALL.ID).fetch()));
        assertThat(back).hasSize(1_200);
        for (int i = 0; i < back.size(); i++) {
            assertThat(back.get(i).get(STALL.STALL_NO)).isEqualTo(String.format("1F-A-%04d", i));
            assertThat(back.get(i).get(STALL.VERSION)).isEqualTo(i % 500 < 250 ? 0L : 7L);
            assertThat(back.get(i).get(STALL.BASE_RENT_FEN)).isEqualTo(12_345L);
        }
    }

    @Test
    void days_instants_and_nulls_read_back_as_a_record_of_their_own_writes_them() {
        Instant at = Instant.parse("2026-03-01T02:03:04.000005Z"); // PostgreSQL keeps microseconds
        List<StallDocumentRecord> rows = new ArrayList<>();
        for (String kind : List.of("SPLIT", "CHANGE")) {
            StallDocumentRecord r = new StallDocumentRecord();
            r.setMallId(mall);
            r.setDocumentNo("DOC-" + kind);
            r.setKind(kind);
            r.setEffectiveOn(LocalDate.of(2026, 2, 28));
            r.setRequestedBy("招商部");
            r.setRequestedAt(at);
            r.setApprovedBy("经理");
            r.setApprovedAt(at.plusSeconds(60));
            // a split's cut set to nothing, a change's areas: nulls bound as such
            r.setCutAxis(null);
            r.setCutAtMm(null);
            r.setLeasableBeforeHundredths(kind.equals("CHANGE") ? 1_000L : null);
            r.setLeasableAfterHundredths(kind.equals("CHANGE") ? 1_050L : null);
            rows.add(r);
        }

        db.dsl(ctx -> {
            JooqRows.insert(ctx, STALL_DOCUMENT, rows);
            return null;
        });

        List<StallDocumentRecord> back = db.dsl(ctx -> ctx.selectFrom(STALL_DOCUMENT).orderBy(STALL_DOCUMENT.ID)
                .fetch());
        assertThat(back).hasSize(2);
        for (int i = 0; i < 2; i++) {
            assertThat(back.get(i).getEffectiveOn()).isEqualTo(LocalDate.of(2026, 2, 28));
            assertThat(back.get(i).getRequestedAt()).isEqualTo(at);
            assertThat(back.get(i).getApprovedAt()).isEqualTo(at.plusSeconds(60));
            assertThat(back.get(i).getCutAxis()).isNull();
            assertThat(back.get(i).getCutAtMm()).isNull();
        }
        assertThat(back.get(0).getLeasableBeforeHundredths()).isNull();
        assertThat(back.get(1).getLeasableAfterHundredths()).isEqualTo(1_050L);
        // the instant is stored as the binding writes it (SQLite: ISO text with nine fraction digits)
        if (store == Store.SQLITE) {
            Object stored = db.dsl(ctx -> ctx.fetchValue("select requested_at from stall_document where kind = 'SPLIT'"));
            assertThat(stored).isEqualTo(InstantBinding.text(at));
        }
    }

    @Test
    void a_row_the_schema_refuses_fails_the_call_with_its_failure() {
        assertThatThrownBy(() -> db.inTransaction(() -> db.dsl(ctx -> {
            JooqRows.insert(ctx, STALL, List.of(stall("1F-A-0001", null), stall("1F-A-0001", null)));
            return null;
        }))).satisfies(e -> assertThat(SqlFailure.of(e)).isEqualTo(SqlFailure.UNIQUE));
        int left = db.dsl(ctx -> ctx.fetchCount(STALL));
        assertThat(left).isZero();
    }
}
