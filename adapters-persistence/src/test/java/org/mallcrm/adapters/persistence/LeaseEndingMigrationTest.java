package org.mallcrm.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.mallcrm.application.lease.port.out.Leases.LeaseRecord;
import org.mallcrm.domain.lease.Installment;
import org.mallcrm.domain.lease.Lease;
import org.mallcrm.domain.lease.LeaseEnding;
import org.mallcrm.domain.lease.LeaseNo;
import org.mallcrm.domain.money.Money;
import org.mallcrm.domain.receipt.ChargeKind;
import org.mallcrm.domain.receipt.Posting;
import org.mallcrm.fixtures.lease.LeaseFixtures;

/**
 * Leases ended before their endings were stored: one by a settled exit, one by a relocation. After the migration each
 * reads back with its ending; the exit's principal paid ahead on an installment due after the exit day (which it no
 * longer bills) is held as credit, its other postings kept and numbered again; the books still close.
 */
@ParameterizedClass(name = "{0}")
@EnumSource(Store.class)
class LeaseEndingMigrationTest {

    @Parameter
    Store store;

    @TempDir
    Path dir;

    @Test
    void leases_ended_before_read_back_with_how_they_ended_and_paid_ahead_money_as_credit() throws Exception {
        String url = store == Store.SQLITE ? "jdbc:sqlite:" + dir.resolve("old.db") : EmbeddedPostgres.blankDatabase();
        Flyway.configure().dataSource(url, null, null)
                .locations("classpath:" + Vendor.of(url).migrationFolder()).target("5").load().migrate();
        Lease b1 = LeaseFixtures.b1Lease();
        Installment q1 = b1.plan().installments().get(0);
        Installment q2 = b1.plan().installments().get(1);
        LocalDate exitOn = q2.dueOn().minusDays(1);
        long paidAhead = 500_000;
        long lateFee = 1_234;
        try (Connection c = DriverManager.getConnection(url)) {
            exec(c, "insert into mall (id, code, name, created_at) values (1, 'MAIN', 'Main', '2025-01-01T00:00:00Z')");
            for (int id = 1; id <= 2; id++) {
                exec(c, "insert into lease (id, mall_id, lease_no, merchant_no, kind, start_on, end_on, version, "
                        + "created_at, credit_fen, terminated_on) values (" + id + ", 1, 'L-" + id + "', 'M-0001', "
                        + "'NEW', '2026-01-15', '2027-01-14', 1, '2025-12-01T00:00:00Z', 0, '" + exitOn + "')");
                try (PreparedStatement v = c.prepareStatement(
                        "insert into lease_version (lease_id, version, terms) values (?, 1, ?)")) {
                    v.setLong(1, id);
                    v.setString(2, LeaseTermsText.write(b1.terms().toBuilder().leaseNo(LeaseNo.of("L-" + id))
                            .build()));
                    v.execute();
                }
                for (Installment i : b1.plan().installments()) {
                    exec(c, "insert into installment values (" + id + ", " + i.seq() + ", '" + i.periodStart()
                            + "', '" + i.periodEnd() + "', '" + i.dueOn() + "', '" + i.reminderOn() + "', "
                            + i.rent().fen() + ", " + i.managementFee().fen() + ")");
                }
            }
            // L-1: Q1's rent, 5,000.00 ahead on Q2 (due the day after the exit), then a late fee on Q1
            posting(c, 0, q1.periodStart(), 1, "RENT", q1.rent().fen());
            posting(c, 1, q1.periodStart(), 2, "RENT", paidAhead);
            posting(c, 2, exitOn, 1, "LATE_FEE", lateFee);
            exec(c, "insert into receipt (id, mall_id, receipt_no, lease_id, received_on, amount_fen, method, "
                    + "credit_fen) values (1, 1, 'R-1', 1, '" + q1.periodStart() + "', "
                    + (q1.rent().fen() + paidAhead + lateFee) + ", 'CASH', 0)");
            exec(c, "insert into exit_request (mall_id, exit_no, lease_no, merchant_no, stall_nos, type, initiator, "
                    + "timing, requested_on, exit_on, reason, status) values (1, 'X-000001', 'L-1', 'M-0001', "
                    + "'A101', 'SURRENDER', 'MERCHANT', 'EARLY', '2026-02-01', '" + exitOn + "', '', 'SETTLED')");
        }

        try (Database db = Database.open(url, null, null, 2)) {
            long mall = db.mallId(Optional.empty(), java.time.Instant.parse("2026-01-01T00:00:00Z"));
            JooqLeases leases = new JooqLeases(db, mall);
            LeaseRecord exited = leases.find(LeaseNo.of("L-1")).orElseThrow();
            assertThat(exited.ending()).isEqualTo(LeaseEnding.exit(exitOn));
            assertThat(exited.account().lease().plan().installments()).containsExactly(q1);
            assertThat(exited.account().credit()).isEqualTo(Money.ofFen(paidAhead));
            assertThat(exited.account().postings()).extracting(Posting::seq, Posting::kind)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(1, ChargeKind.RENT),
                            org.assertj.core.groups.Tuple.tuple(1, ChargeKind.LATE_FEE));
            assertThat(exited.account().balanced()).isTrue();
            assertThat(leases.find(LeaseNo.of("L-2")).orElseThrow().ending())
                    .isEqualTo(LeaseEnding.relocation(exitOn));
        }
        try (Connection c = DriverManager.getConnection(url);
                ResultSet rs = c.createStatement().executeQuery(
                        "select position from posting where lease_id = 1 order by position")) {
            List<Long> positions = new ArrayList<>();
            while (rs.next()) {
                positions.add(rs.getLong(1));
            }
            assertThat(positions).containsExactly(0L, 1L);
        }
    }

    private static void posting(Connection c, int position, LocalDate on, int seq, String kind, long fen)
            throws Exception {
        exec(c, "insert into posting values (1, " + position + ", '" + on + "', " + seq + ", '" + kind + "', " + fen
                + ", 'R-1')");
    }

    private static void exec(Connection c, String sql) throws Exception {
        c.createStatement().execute(sql);
    }
}
