package org.mallcrm.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.mallcrm.adapters.persistence.buyer.JdbcCoupons;
import org.mallcrm.domain.coupon.CouponCode;
import org.mallcrm.domain.coupon.RedemptionNo;

/**
 * V22: the redemptions stored before it read back unchanged, their number stays unique, the indexes are those of
 * before, and on SQLite the table is a row-id table (rows appended in arrival order).
 */
@ParameterizedClass(name = "{0}")
@EnumSource(Store.class)
class RedemptionArrivalMigrationTest {

    @Parameter
    Store store;

    @TempDir
    Path dir;

    private static final String COLUMNS = "mall_id, redemption_no, code, campaign_no, buyer_id, merchant_no, "
            + "order_amount_fen, order_no, redeemed_at, redeemed_on, discount_fen, mall_share_fen, merchant_share_fen, "
            + "reversed_at, reversed_by_kind, reversed_by";

    @Test
    void stored_redemptions_read_back_unchanged_and_their_number_stays_unique() throws Exception {
        String url = store == Store.SQLITE ? "jdbc:sqlite:" + dir.resolve("old.db") : EmbeddedPostgres.blankDatabase();
        Flyway.configure().dataSource(url, null, null)
                .locations("classpath:" + Vendor.of(url).migrationFolder()).target("21").load().migrate();
        List<List<String>> before;
        try (Connection c = DriverManager.getConnection(url)) {
            execute(c, "insert into mall (id, code, name, created_at) values (1, 'MAIN', 'Main', "
                    + "'2025-01-01T00:00:00.000000000Z')");
            execute(c, "insert into campaign (mall_id, campaign_no, name, kind, starts_at, ends_at, status) values "
                    + "(1, 'C1', 'Autumn', 'COUPON', '2026-10-01T00:00:00.000000000Z', "
                    + "'2026-10-31T00:00:00.000000000Z', 'RUNNING')");
            String[] codes = {code(0x7A3C_19E2_55D0_4B1FL), code(0x0123_4567_89AB_CDEFL), code(0x3FED_CBA9_8765_4321L)};
            for (String code : codes) {
                execute(c, "insert into coupon (mall_id, code, campaign_no, buyer_id, claimed_at, valid_from_at, "
                        + "valid_last_on, status, redemptions) values (1, '" + code + "', 'C1', 'B1', "
                        + "'2026-10-02T00:00:00.000000000Z', '2026-10-02T00:00:00.000000000Z', '2026-10-30', "
                        + "'REDEEMED', 1)");
            }
            // out of number order in time, one reversed, one without an order number
            redemption(c, "RD-" + codes[0] + "-1", codes[0], "M002", 12_000, "'O-1'", "2026-10-05T03:00:00.000000000Z",
                    "2026-10-05", null);
            redemption(c, "RD-" + codes[1] + "-1", codes[1], "M001", 30_050, "NULL", "2026-10-06T03:00:00.000000000Z",
                    "2026-10-06", "2026-10-06T04:00:00.000000000Z");
            redemption(c, "RD-" + codes[2] + "-1", codes[2], "M001", 8_800, "'O-3'", "2026-10-04T03:00:00.000000000Z",
                    "2026-10-04", null);
            before = rows(c);
        }
        assertThat(before).hasSize(3);

        try (Database db = Database.open(url, null, null, 2)) {
            List<List<String>> after = db.withConnection(c -> {
                try {
                    return rows(c);
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
            });
            assertThat(after).isEqualTo(before);
            JdbcCoupons coupons = new JdbcCoupons(db, 1);
            assertThat(coupons.findRedemption(RedemptionNo.of("RD-" + code(0x0123_4567_89AB_CDEFL) + "-1")).orElseThrow().reversal())
                    .isPresent();
            assertThat(coupons.findRedemption(RedemptionNo.of("RD-" + code(0x7A3C_19E2_55D0_4B1FL) + "-1")).orElseThrow().orderNo())
                    .isEqualTo(Optional.of("O-1"));
            db.withConnection(c -> {
                try {
                    assertThat(indexes(c)).contains("redemption_merchant", "redemption_campaign", "redemption_buyer",
                            "redemption_spend");
                    if (store == Store.SQLITE) {
                        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(
                                "select sql from sqlite_master where type = 'table' and name = 'redemption'")) {
                            assertThat(rs.next()).isTrue();
                            assertThat(rs.getString(1)).doesNotContainIgnoringCase("without rowid");
                        }
                    }
                    assertThatThrownBy(() -> redemption(c, "RD-" + code(0x7A3C_19E2_55D0_4B1FL) + "-1", code(0x7A3C_19E2_55D0_4B1FL), "M009", 100, "NULL",
                            "2026-10-07T03:00:00.000000000Z", "2026-10-07", null))
                            .isInstanceOfSatisfying(SQLException.class,
                                    e -> assertThat(SqlFailure.of(e)).isEqualTo(SqlFailure.UNIQUE));
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
                return null;
            });
        }
    }

    private static void redemption(Connection c, String no, String code, String merchant, long orderFen,
            String orderNo, String at, String on, String reversedAt) throws SQLException {
        boolean reversed = reversedAt != null;
        execute(c, "insert into redemption (" + COLUMNS + ") values (1, '" + no + "', '" + code + "', 'C1', 'B1', '"
                + merchant + "', " + orderFen + ", " + orderNo + ", '" + at + "', '" + on + "', 1000, 600, 400, "
                + (reversed ? "'" + reversedAt + "', 'STAFF', 'S001'" : "NULL, NULL, NULL") + ")");
    }

    /** Every redemption's columns as text, in number order. */
    private static List<List<String>> rows(Connection c) throws SQLException {
        List<List<String>> rows = new ArrayList<>();
        try (Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("select " + COLUMNS + " from redemption order by redemption_no")) {
            while (rs.next()) {
                List<String> row = new ArrayList<>();
                for (int i = 1; i <= 16; i++) {
                    row.add(rs.getString(i));
                }
                rows.add(row);
            }
        }
        return rows;
    }

    private List<String> indexes(Connection c) throws SQLException {
        String sql = store == Store.SQLITE
                ? "select name from sqlite_master where type = 'index' and tbl_name = 'redemption'"
                : "select indexname from pg_indexes where tablename = 'redemption'";
        List<String> names = new ArrayList<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                names.add(rs.getString(1));
            }
        }
        return names;
    }

    private static String code(long bits) {
        return CouponCode.fromBits(bits).value();
    }

    private static void execute(Connection c, String sql) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.execute(sql);
        }
    }
}
