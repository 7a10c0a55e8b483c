package org.mallcrm.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.mallcrm.adapters.persistence.channel.JdbcScans;

/**
 * Scans stored before V21 get their local month (UTC+8): the same month the writers give a new scan
 * ({@link ScanMonths#of}), at the edges of months and before 1970 too, and every scan reads back afterwards, by period
 * and by buyer.
 */
@ParameterizedClass(name = "{0}")
@EnumSource(Store.class)
class ScanMonthMigrationTest {

    @Parameter
    Store store;

    @TempDir
    Path dir;

    /** Instants and the local month each falls in. */
    private static final Map<String, Integer> MONTHS = new LinkedHashMap<>();

    static {
        MONTHS.put("2025-02-28T15:59:59.999999999Z", 202502); // 23:59:59.999999999 in Beijing
        MONTHS.put("2025-02-28T16:00:00Z", 202503);           // midnight, 1 March in Beijing
        MONTHS.put("2025-03-31T15:59:59Z", 202503);
        MONTHS.put("2025-12-31T16:00:00Z", 202601);           // the new year in Beijing, not yet in UTC
        MONTHS.put("1969-12-31T15:59:59.500Z", 196912);       // before the epoch, half a second before its midnight
        MONTHS.put("1969-12-31T16:00:00Z", 197001);
    }

    @Test
    void stored_scans_get_their_local_month_and_read_back_by_period_and_by_buyer() throws Exception {
        String url = store == Store.SQLITE ? "jdbc:sqlite:" + dir.resolve("old.db") : EmbeddedPostgres.blankDatabase();
        Flyway.configure().dataSource(url, null, null)
                .locations("classpath:" + Vendor.of(url).migrationFolder()).target("20").load().migrate();
        try (Connection c = DriverManager.getConnection(url)) {
            try (PreparedStatement st = c.prepareStatement("insert into mall (id, code, name, created_at) "
                    + "values (1, 'MAIN', 'Main', '2025-01-01T00:00:00Z')")) {
                st.execute();
            }
            int n = 0;
            for (String at : MONTHS.keySet()) {
                try (PreparedStatement ps = c.prepareStatement("insert into scan (mall_id, buyer_id, scanned_at_ns, "
                        + "scan_id, kind, code) values (1, ?, ?, ?, 'CHECKIN', 'GATE-1')")) {
                    ps.setString(1, "B" + (n % 2));
                    ps.setLong(2, nanos(Instant.parse(at)));
                    ps.setString(3, "S" + n++);
                    ps.execute();
                }
            }
        }

        try (Database db = Database.open(url, null, null, 2)) {
            Map<String, Integer> months = new LinkedHashMap<>();
            db.withConnection(c -> {
                try (PreparedStatement ps = c.prepareStatement("select scanned_at_ns, month from scan");
                        ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        months.put(instant(rs.getLong(1)).toString(), rs.getInt(2));
                    }
                } catch (java.sql.SQLException e) {
                    throw new IllegalStateException(e);
                }
                return null;
            });
            Map<String, Integer> expected = new LinkedHashMap<>();
            MONTHS.forEach((at, month) -> expected.put(Instant.parse(at).toString(), month));
            assertThat(months).isEqualTo(expected);
            MONTHS.keySet().forEach(at -> assertThat(ScanMonths.of(nanos(Instant.parse(at)))).as(at)
                    .isEqualTo(MONTHS.get(at)));

            JdbcScans scans = new JdbcScans(db, 1);
            List<String> seen = new ArrayList<>();
            scans.forEachBetween(Instant.parse("1969-01-01T00:00:00Z"), Instant.parse("2026-12-31T00:00:00Z"),
                    (buyer, kind, code, time, id) -> seen.add(buyer + " " + id));
            assertThat(seen).containsExactly("B0 S4", "B0 S0", "B0 S2", "B1 S5", "B1 S1", "B1 S3");
            assertThat(new JooqTokenSubjects(db, 1).exists(org.mallcrm.domain.access.Role.BUYER, "B1")).isTrue();
            assertThat(new JooqTokenSubjects(db, 1).exists(org.mallcrm.domain.access.Role.BUYER, "B2")).isFalse();
        }
    }

    private static long nanos(Instant at) {
        return Math.addExact(Math.multiplyExact(at.getEpochSecond(), 1_000_000_000L), at.getNano());
    }

    private static Instant instant(long nanos) {
        return Instant.ofEpochSecond(Math.floorDiv(nanos, 1_000_000_000L), Math.floorMod(nanos, 1_000_000_000L));
    }
}
