package org.mallcrm.adapters.persistence.buyer;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mallcrm.adapters.persistence.Database;
import org.mallcrm.adapters.persistence.Store;
import org.mallcrm.adapters.persistence.TestDatabases;
import org.mallcrm.domain.buyer.Buyer;
import org.mallcrm.domain.buyer.BuyerId;
import org.mallcrm.domain.buyer.BuyerProfile;
import org.mallcrm.domain.buyer.Phone;

/**
 * Two transactions on one buyer's visit summary at once, on PostgreSQL, where posted scans are written without the
 * database-wide writer lock (two servers' scan writers, or a scan writer beside a registration): the second waits for
 * the first and then works from what it wrote, so that no visit day is lost from the summary or from the buyer's
 * bounds. (SQLite has one writer at a time, in-process and across processes.)
 */
class VisitSummaryRaceTest {

    private static final long D1 = ScanDerived.dayNumber(LocalDate.parse("2026-10-10"));
    private static final long D2 = ScanDerived.dayNumber(LocalDate.parse("2026-10-20"));

    private Database db;
    private long mall;

    @BeforeEach
    void open() {
        db = TestDatabases.fresh(Store.POSTGRESQL);
        mall = TestDatabases.defaultMall(db);
    }

    @AfterEach
    void close() {
        db.close();
    }

    /** A scan writer's transaction that adds {@code day} for {@code buyer}, then waits for {@code go} to commit. */
    private CompletableFuture<Void> postedAndHeld(String buyer, long day, CountDownLatch written, CountDownLatch go) {
        return CompletableFuture.runAsync(() -> db.inTransaction(Database.Isolation.READ_COMMITTED, () -> {
            db.withConnection(c -> {
                try {
                    VisitSummary.add(db, c, mall, Map.of(buyer, new TreeSet<>(List.of(day))));
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
                return null;
            });
            written.countDown();
            try {
                assertThat(go.await(30, TimeUnit.SECONDS)).isTrue();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return null;
        }), OWN_THREAD);
    }

    /** Each task on a thread of its own (the common pool may have a single worker on two processors). */
    private static final java.util.concurrent.Executor OWN_THREAD = task -> new Thread(task).start();

    private CompletableFuture<Void> posted(String buyer, long day) {
        CountDownLatch go = new CountDownLatch(0);
        return postedAndHeld(buyer, day, new CountDownLatch(1), go);
    }

    private VisitSummary summary(String buyer) {
        return db.withConnection(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT first_span, days FROM buyer_visit_summary "
                    + "WHERE mall_id = ? AND buyer_id = ?")) {
                ps.setLong(1, mall);
                ps.setString(2, buyer);
                try (ResultSet rs = ps.executeQuery()) {
                    assertThat(rs.next()).isTrue();
                    return VisitSummary.of(rs.getLong(1), rs.getBytes(2));
                }
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    private long[] bounds(String buyer) {
        return db.withConnection(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT first_visit_day, last_visit_day FROM buyer "
                    + "WHERE mall_id = ? AND buyer_id = ?")) {
                ps.setLong(1, mall);
                ps.setString(2, buyer);
                try (ResultSet rs = ps.executeQuery()) {
                    assertThat(rs.next()).isTrue();
                    long first = rs.getLong(1);
                    return rs.wasNull() ? null : new long[] {first, rs.getLong(2)};
                }
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    private void register(String buyer) {
        new JooqBuyers(db, mall).insert(List.of(Buyer.register(BuyerId.of(buyer), new BuyerProfile("客户 " + buyer,
                Phone.parse("13800000001"), Optional.empty(), Optional.empty(), Optional.empty()),
                Instant.parse("2026-10-01T00:00:00Z"))));
    }

    @Test
    void twoWritersOfOneBuyersSummaryTakeTurnsAndKeepBothDays() throws Exception {
        register("B1");
        CountDownLatch written = new CountDownLatch(1);
        CountDownLatch go = new CountDownLatch(1);
        CompletableFuture<Void> first = postedAndHeld("B1", D1, written, go);
        assertThat(written.await(30, TimeUnit.SECONDS)).isTrue();
        CompletableFuture<Void> second = posted("B1", D2);
        Thread.sleep(300);
        assertThat(second).isNotDone();   // waits for the first writer's row
        go.countDown();
        first.get(30, TimeUnit.SECONDS);
        second.get(30, TimeUnit.SECONDS);
        VisitSummary s = summary("B1");
        assertThat(s.firstDay()).isEqualTo(D1);
        assertThat(s.lastDay()).isEqualTo(D2);
        assertThat(bounds("B1")).containsExactly(D1, D2);
    }

    @Test
    void aRegistrationBesideACheckInOfItsBuyerTakesTheCheckIn() throws Exception {
        CountDownLatch written = new CountDownLatch(1);
        CountDownLatch go = new CountDownLatch(1);
        // the buyer is not registered yet: the scan writer's bounds update finds no row
        CompletableFuture<Void> scan = postedAndHeld("B2", D1, written, go);
        assertThat(written.await(30, TimeUnit.SECONDS)).isTrue();
        CompletableFuture<Void> registration = CompletableFuture.runAsync(() -> register("B2"), OWN_THREAD);
        Thread.sleep(300);
        assertThat(registration).isNotDone();   // waits for the scan writer's summary row
        go.countDown();
        scan.get(30, TimeUnit.SECONDS);
        registration.get(30, TimeUnit.SECONDS);
        assertThat(bounds("B2")).containsExactly(D1, D1);
    }
}
