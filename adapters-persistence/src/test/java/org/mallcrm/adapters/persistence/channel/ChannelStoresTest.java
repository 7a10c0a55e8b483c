package org.mallcrm.adapters.persistence.channel;

import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.mallcrm.adapters.persistence.Store;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mallcrm.fixtures.channel.ChannelFixtures.at;
import static org.mallcrm.fixtures.channel.ChannelFixtures.trip;

import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.mallcrm.adapters.persistence.Database;
import org.mallcrm.adapters.persistence.DatabaseUnitOfWork;
import org.mallcrm.adapters.persistence.JooqMallSettings;
import org.mallcrm.adapters.persistence.TestDatabases;
import org.mallcrm.application.channel.port.out.Scans;
import org.mallcrm.application.channel.port.out.Trips;
import org.mallcrm.application.channel.service.CommissionService;
import org.mallcrm.domain.buyer.BuyerId;
import org.mallcrm.domain.channel.Channel;
import org.mallcrm.domain.channel.ChannelCode;
import org.mallcrm.domain.channel.ClosedStatement;
import org.mallcrm.domain.channel.ScanId;
import org.mallcrm.domain.channel.CommissionPolicy;
import org.mallcrm.domain.channel.CommissionRules;
import org.mallcrm.domain.channel.HeadKey;
import org.mallcrm.domain.channel.Percent;
import org.mallcrm.domain.channel.Tier;
import org.mallcrm.domain.channel.TierMode;
import org.mallcrm.domain.channel.Trip;
import org.mallcrm.domain.money.Money;
import org.mallcrm.fixtures.channel.RandomMonth;
import org.mallcrm.fixtures.channel.ScanLog;
import org.mallcrm.fixtures.channel.CommissionStoresContract;
import org.mallcrm.fixtures.channel.ScansContract;
import org.mallcrm.fixtures.channel.TripsContract;
import org.mallcrm.fixtures.common.FixedClock;

@ParameterizedClass(name = "{0}")
@EnumSource(Store.class)
class ChannelStoresTest {

    @Parameter
    Store store;


    private Database db;

    @AfterEach
    void close() {
        if (db != null) {
            db.close();
        }
    }

    @Nested
    class TripsInSqlite extends TripsContract {
        @Override
        protected Trips emptyTrips() {
            db = TestDatabases.fresh(store);
            return new JooqTrips(db, TestDatabases.defaultMall(db));
        }
    }

    @Nested
    class ScansInSqlite extends ScansContract {
        @Override
        protected Scans emptyScans() {
            db = TestDatabases.fresh(store);
            return new JdbcScans(db, TestDatabases.defaultMall(db));
        }

        @Override
        protected void inTransaction(Runnable work) {
            db.inTransaction(() -> {
                work.run();
                return null;
            });
        }

        @Test
        void more_rows_than_a_group_are_all_written() {
            ScanLog log = new ScanLog();
            for (int i = 0; i < JdbcScans.GROUP * 2 + 7; i++) {
                log.checkin("B" + i, at("2025-03-10T09:00"));
            }
            int[] created = new int[1];
            inTransaction(() -> {
                Scans.Writer w = scans.writer(false, new ScansContractListener(created));
                log.scans().forEach(s -> w.add(0, s));
                w.finish();
            });
            assertThat(created[0]).isEqualTo(JdbcScans.GROUP * 2 + 7);
        }

        @Test
        void a_group_with_stored_ids_tells_each_row_apart() {
            ScanLog log = new ScanLog();
            for (int i = 0; i < JdbcScans.GROUP * 3; i++) {
                log.checkin("B" + i, at("2025-03-10T09:00"));
            }
            List<org.mallcrm.domain.channel.Scan> all = log.scans();
            List<org.mallcrm.domain.channel.Scan> most = new java.util.ArrayList<>(all);
            most.remove(JdbcScans.GROUP + 5);
            int[] first = new int[1];
            inTransaction(() -> {
                Scans.Writer w = scans.writer(false, new ScansContractListener(first));
                most.forEach(s -> w.add(0, s));
                w.finish();
            });
            int[] created = new int[1];
            inTransaction(() -> {
                Scans.Writer w = scans.writer(false, new ScansContractListener(created));
                all.forEach(s -> w.add(0, s));
                w.finish();
            });
            assertThat(first[0]).isEqualTo(JdbcScans.GROUP * 3 - 1);
            assertThat(created[0]).isEqualTo(1);
            assertThat(scans.find(all.get(JdbcScans.GROUP + 5).scanId())).contains(all.get(JdbcScans.GROUP + 5));
        }

        @Test
        void more_rows_than_a_sorted_group_are_all_written_and_read_back() {
            ScanLog log = new ScanLog();
            int rows = JdbcScans.SORTED_GROUP * 2 + 7;
            for (int i = 0; i < rows; i++) {
                log.checkin("B" + (rows - i), at("2025-03-10T09:00").plusSeconds(i % 97));
            }
            int[] created = new int[1];
            inTransaction(() -> {
                Scans.Writer w = scans.writer(false, new ScansContractListener(created));
                log.scans().forEach(s -> w.add(0, s));
                w.finish();
            });
            assertThat(created[0]).isEqualTo(rows);
            assertThat(stored(scans)).hasSize(rows);
            for (org.mallcrm.domain.channel.Scan s : log.scans()) {
                assertThat(scans.find(s.scanId())).contains(s);
            }
        }

        @Test
        void a_sorted_group_with_a_stored_id_tells_each_row_apart() {
            ScanLog log = new ScanLog();
            int rows = JdbcScans.SORTED_GROUP * 3;
            for (int i = 0; i < rows; i++) {
                log.checkin("B" + i, at("2025-03-10T09:00"));
            }
            List<org.mallcrm.domain.channel.Scan> all = log.scans();
            List<org.mallcrm.domain.channel.Scan> most = new java.util.ArrayList<>(all);
            org.mallcrm.domain.channel.Scan missing = most.remove(JdbcScans.SORTED_GROUP + 5);
            int[] first = new int[1];
            inTransaction(() -> {
                Scans.Writer w = scans.writer(false, new ScansContractListener(first));
                most.forEach(s -> w.add(0, s));
                w.finish();
            });
            ScansContractHeard heard = new ScansContractHeard();
            inTransaction(() -> {
                Scans.Writer w = scans.writer(false, heard);
                for (int i = 0; i < all.size(); i++) {
                    w.add(i + 2, all.get(i));
                }
                w.finish();
            });
            assertThat(first[0]).isEqualTo(rows - 1);
            assertThat(heard.events).hasSize(rows).containsOnlyOnce("created " + (JdbcScans.SORTED_GROUP + 5 + 2));
            assertThat(heard.events.stream().filter(e -> e.startsWith("unchanged"))).hasSize(rows - 1);
            assertThat(scans.find(missing.scanId())).contains(missing);
            assertThat(stored(scans)).hasSize(rows);
        }

        /** A month of scans with ties (whole minutes), in random row order, as a gate export concatenation has. */
        private List<org.mallcrm.domain.channel.Scan> shuffledMonth() {
            List<org.mallcrm.domain.channel.Scan> rows = new java.util.ArrayList<>(RandomMonth.of(
                    new RandomMonth.Spec(7, YearMonth.of(2025, 3), 5, 3, 20, 300, 60)).scans());
            java.util.Collections.shuffle(rows, new java.util.Random(13));
            return rows;
        }

        private List<String> written(Scans into, List<org.mallcrm.domain.channel.Scan> rows, Database in) {
            ScansContractHeard heard = new ScansContractHeard();
            in.inTransaction(() -> {
                Scans.Writer w = into.writer(false, heard);
                for (int i = 0; i < rows.size(); i++) {
                    w.add(i + 2, rows.get(i));
                }
                w.finish();
                return null;
            });
            return heard.events;
        }

        private static List<String> stored(Scans scans) {
            List<String> all = new java.util.ArrayList<>();
            scans.forEachBetween(at("2025-02-20T00:00"), at("2025-04-10T00:00"),
                    (buyer, kind, code, t, id) -> all.add(buyer + " " + t + " " + id + " " + kind + " " + code));
            return all;
        }

        @Test
        void a_shuffled_month_is_stored_as_the_row_by_row_writer_stores_it_and_every_row_told_in_order() {
            List<org.mallcrm.domain.channel.Scan> rows = shuffledMonth();
            assertThat(rows).hasSizeGreaterThan(JdbcScans.GROUP * 10);

            List<String> heard = written(scans, rows, db);

            Database other = TestDatabases.fresh(store);
            try {
                JdbcScans rowByRow = new JdbcScans(other, TestDatabases.defaultMall(other), false);
                List<String> heardRowByRow = written(rowByRow, rows, other);
                assertThat(heard).hasSize(rows.size()).isEqualTo(heardRowByRow);
                assertThat(heard.get(0)).isEqualTo("created 2");
                assertThat(heard.get(rows.size() - 1)).isEqualTo("created " + (rows.size() + 1));
                assertThat(stored(scans)).hasSize(rows.size()).isEqualTo(stored(rowByRow));
            } finally {
                other.close();
            }
        }

        @Test
        void a_shuffled_month_again_is_unchanged_row_for_row_and_a_changed_row_a_conflict_in_its_place() {
            List<org.mallcrm.domain.channel.Scan> rows = shuffledMonth();
            written(scans, rows, db);
            List<String> before = stored(scans);
            List<org.mallcrm.domain.channel.Scan> again = new java.util.ArrayList<>(rows);
            org.mallcrm.domain.channel.Scan moved = rows.get(100);
            again.set(100, new org.mallcrm.domain.channel.Scan(moved.scanId(), moved.kind(), moved.code(),
                    moved.buyer(), moved.scannedAt().plusSeconds(1)));
            again.add(rows.get(3));

            List<String> heard = written(scans, again, db);

            assertThat(heard).hasSize(again.size());
            for (int i = 0; i < again.size(); i++) {
                assertThat(heard.get(i)).isEqualTo((i == 100 ? "conflict " : "unchanged ") + (i + 2));
            }
            assertThat(stored(scans)).isEqualTo(before);
        }

        @Test
        void posts_from_many_callers_at_once_store_an_id_once_and_tell_the_trip_of_a_channel_code() throws Exception {
            Trips trips = new JooqTrips(db, TestDatabases.defaultMall(db));
            trips.insertChannels(List.of(new Channel(ChannelCode.of("CH1"), "渠道一")));
            Trip t = trip("T1", "CH1", "2025-03-10T09:00", "2025-03-10T11:00", 40);
            trips.insert(List.of(t));
            int callers = 24;
            java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
            List<java.util.concurrent.Future<List<Scans.Posted>>> each = new java.util.ArrayList<>();
            java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(callers);
            try {
                for (int i = 0; i < callers; i++) {
                    int n = i;
                    each.add(pool.submit(() -> {
                        start.await();
                        List<Scans.Posted> mine = new java.util.ArrayList<>();
                        // the same id from every caller, an id of its own with the trip's code, an unknown code
                        mine.add(scans.post(ScansContractRows.checkin("P-same", "B1", at("2025-03-10T09:30")),
                                code -> Optional.empty()));
                        mine.add(scans.post(new org.mallcrm.domain.channel.Scan(ScanId.of("P-" + n),
                                org.mallcrm.domain.channel.ScanKind.CHANNEL, t.channelCode(), BuyerId.of("B" + n),
                                at("2025-03-10T09:31")), code -> Optional.empty()));
                        mine.add(scans.post(new org.mallcrm.domain.channel.Scan(ScanId.of("Q-" + n),
                                org.mallcrm.domain.channel.ScanKind.CHANNEL,
                                org.mallcrm.domain.channel.ScanCode.of("QR-NONE"), BuyerId.of("B" + n),
                                at("2025-03-10T09:32")), code -> Optional.empty()));
                        return mine;
                    }));
                }
                start.countDown();
                int sameStored = 0;
                for (var f : each) {
                    List<Scans.Posted> mine = f.get(60, java.util.concurrent.TimeUnit.SECONDS);
                    sameStored += mine.get(0).inserted() ? 1 : 0;
                    assertThat(mine.get(0).trip()).isEmpty();
                    assertThat(mine.get(1)).isEqualTo(new Scans.Posted(true, Optional.of(t.tripNo())));
                    assertThat(mine.get(2)).isEqualTo(new Scans.Posted(true, Optional.empty()));
                }
                assertThat(sameStored).isEqualTo(1);
            } finally {
                pool.shutdownNow();
            }
            assertThat(stored(scans)).hasSize(1 + 2 * callers);
            assertThat(scans.find(ScanId.of("P-same")))
                    .contains(ScansContractRows.checkin("P-same", "B1", at("2025-03-10T09:30")));
            // once stored, the same post again is told as not added, with its trip
            assertThat(scans.post(new org.mallcrm.domain.channel.Scan(ScanId.of("P-3"),
                    org.mallcrm.domain.channel.ScanKind.CHANNEL, t.channelCode(), BuyerId.of("B3"),
                    at("2025-03-10T09:31")), code -> Optional.empty()))
                    .isEqualTo(new Scans.Posted(false, Optional.of(t.tripNo())));
        }

        @Test
        void a_post_with_a_buyer_token_to_confirm_is_written_only_while_that_token_is_live_and_its_buyers()
                throws Exception {
            long mall = TestDatabases.defaultMall(db);
            org.mallcrm.adapters.persistence.JooqAccessTokens tokens = new org.mallcrm.adapters.persistence.JooqAccessTokens(db, mall);
            tokens.add("h-b1", new org.mallcrm.domain.access.Principal("b1", org.mallcrm.domain.access.Role.BUYER,
                    Optional.of("B1"), Optional.empty()), java.time.Instant.parse("2025-03-01T00:00:00Z"));
            tokens.add("h-s1", new org.mallcrm.domain.access.Principal("s1", org.mallcrm.domain.access.Role.STAFF,
                    Optional.empty(), Optional.of("招商部")), java.time.Instant.parse("2025-03-01T00:00:00Z"));
            java.util.function.Predicate<String> never = h -> {
                throw new AssertionError("the store checks the token itself");
            };
            // many callers at once through the group writer: the live token of the scan's buyer writes, another
            // buyer's token, a staff token and an unknown one write nothing
            int callers = 16;
            java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(callers);
            List<java.util.concurrent.Future<List<Scans.Posted>>> each = new java.util.ArrayList<>();
            try {
                for (int i = 0; i < callers; i++) {
                    int n = i;
                    each.add(pool.submit(() -> List.of(
                            scans.post(ScansContractRows.checkin("L-" + n, "B1", at("2025-03-10T09:30")),
                                    code -> Optional.empty(), Optional.of("h-b1"), never),
                            scans.post(ScansContractRows.checkin("O-" + n, "B2", at("2025-03-10T09:30")),
                                    code -> Optional.empty(), Optional.of("h-b1"), never),
                            scans.post(ScansContractRows.checkin("S-" + n, "B1", at("2025-03-10T09:30")),
                                    code -> Optional.empty(), Optional.of("h-s1"), never),
                            scans.post(ScansContractRows.checkin("U-" + n, "B1", at("2025-03-10T09:30")),
                                    code -> Optional.empty(), Optional.of("h-none"), never))));
                }
                for (var f : each) {
                    List<Scans.Posted> mine = f.get(60, java.util.concurrent.TimeUnit.SECONDS);
                    assertThat(mine.get(0)).isEqualTo(new Scans.Posted(true, Optional.empty()));
                    assertThat(mine.subList(1, 4)).containsOnly(Scans.Posted.TOKEN_REFUSED);
                }
            } finally {
                pool.shutdownNow();
            }
            assertThat(stored(scans)).hasSize(callers);

            // revoked: refused at once, through the group writer and inside a unit of work, and nothing written
            assertThat(tokens.revoke("b1", java.time.Instant.parse("2025-03-11T00:00:00Z"))).isTrue();
            assertThat(scans.post(ScansContractRows.checkin("R-1", "B1", at("2025-03-10T09:40")),
                    code -> Optional.empty(), Optional.of("h-b1"), never)).isEqualTo(Scans.Posted.TOKEN_REFUSED);
            assertThat(db.inTransaction(() -> scans.post(ScansContractRows.checkin("R-2", "B1",
                    at("2025-03-10T09:40")), code -> Optional.empty(), Optional.of("h-b1"), never)))
                    .isEqualTo(Scans.Posted.TOKEN_REFUSED);
            assertThat(scans.find(ScanId.of("R-1"))).isEmpty();
            assertThat(scans.find(ScanId.of("R-2"))).isEmpty();
            assertThat(stored(scans)).hasSize(callers);
        }

        @Test
        void posts_that_come_while_a_batch_is_written_are_each_told_as_their_own() throws Exception {
            long mall = TestDatabases.defaultMall(db);
            new org.mallcrm.adapters.persistence.JooqAccessTokens(db, mall).add("h-b1",
                    new org.mallcrm.domain.access.Principal("b1", org.mallcrm.domain.access.Role.BUYER,
                            Optional.of("B1"), Optional.empty()), java.time.Instant.parse("2025-03-01T00:00:00Z"));
            java.util.function.Predicate<String> never = h -> {
                throw new AssertionError("the store checks the token itself");
            };
            // a steady stream from many callers, so that posts keep coming while the writer writes a batch (and
            // join its commit): each caller's own scans, one id all callers post in the same round, and scans of
            // another buyer under b1's token
            int callers = 16;
            int rounds = 150;
            java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(callers);
            List<java.util.concurrent.Future<int[]>> each = new java.util.ArrayList<>();
            try {
                for (int i = 0; i < callers; i++) {
                    int n = i;
                    each.add(pool.submit(() -> {
                        int[] sharedStored = new int[rounds];
                        for (int r = 0; r < rounds; r++) {
                            assertThat(scans.post(ScansContractRows.checkin("M-" + n + "-" + r, "B1",
                                    at("2025-03-10T09:30")), code -> Optional.empty(), Optional.of("h-b1"), never))
                                    .isEqualTo(new Scans.Posted(true, Optional.empty()));
                            sharedStored[r] = scans.post(ScansContractRows.checkin("D-" + r, "B1",
                                    at("2025-03-10T09:31")), code -> Optional.empty(), Optional.of("h-b1"), never)
                                    .inserted() ? 1 : 0;
                            assertThat(scans.post(ScansContractRows.checkin("X-" + n + "-" + r, "B2",
                                    at("2025-03-10T09:32")), code -> Optional.empty(), Optional.of("h-b1"), never))
                                    .isEqualTo(Scans.Posted.TOKEN_REFUSED);
                        }
                        return sharedStored;
                    }));
                }
                int[] shared = new int[rounds];
                for (var f : each) {
                    int[] mine = f.get(120, java.util.concurrent.TimeUnit.SECONDS);
                    for (int r = 0; r < rounds; r++) {
                        shared[r] += mine[r];
                    }
                }
                assertThat(shared).as("each round's shared id told as stored to exactly one caller")
                        .containsOnly(1);
            } finally {
                pool.shutdownNow();
            }
            List<String> ids = stored(scans);
            assertThat(ids).hasSize(callers * rounds + rounds).noneMatch(row -> row.contains(" X-"));
        }

        @Test
        void an_id_repeated_within_a_new_file_is_stored_once_and_told_apart_in_file_order() {
            org.mallcrm.domain.channel.Scan a = ScansContractRows.checkin("S1", "B1", at("2025-03-10T09:00"));
            org.mallcrm.domain.channel.Scan b = ScansContractRows.checkin("S2", "B2", at("2025-03-10T09:00"));
            org.mallcrm.domain.channel.Scan a2 = ScansContractRows.checkin("S1", "B9", at("2025-03-10T09:00"));

            assertThat(written(scans, List.of(b, a, a, a2), db))
                    .containsExactly("created 2", "created 3", "unchanged 4", "conflict 5");
            assertThat(scans.find(a.scanId())).contains(a);
        }
    }

    /** The scan table's loads on an empty table (PostgreSQL: indexes dropped and built after) and beside readers. */
    @Nested
    class ScanLoads {
        private JdbcScans scans;

        @org.junit.jupiter.api.BeforeEach
        void open() {
            db = TestDatabases.fresh(store);
            scans = new JdbcScans(db, TestDatabases.defaultMall(db));
        }

        private List<String> indexes() {
            String sql = db.vendor() == org.mallcrm.adapters.persistence.Vendor.POSTGRESQL
                    ? "SELECT indexdef FROM pg_indexes WHERE tablename = 'scan' ORDER BY indexname"
                    : "SELECT sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'scan' ORDER BY name";
            return db.withConnection(c -> {
                try (java.sql.Statement st = c.createStatement(); java.sql.ResultSet rs = st.executeQuery(sql)) {
                    List<String> all = new java.util.ArrayList<>();
                    while (rs.next()) {
                        all.add(String.valueOf(rs.getString(1)));
                    }
                    return all;
                } catch (java.sql.SQLException e) {
                    throw new IllegalStateException(e);
                }
            });
        }

        private List<org.mallcrm.domain.channel.Scan> rows(int n) {
            List<org.mallcrm.domain.channel.Scan> rows = new java.util.ArrayList<>();
            for (int i = 0; i < n; i++) {
                rows.add(ScansContractRows.checkin("S" + i, "B" + (i % 7), at("2025-03-10T09:00").plusSeconds(i)));
            }
            java.util.Collections.shuffle(rows, new java.util.Random(3));
            return rows;
        }

        private List<String> write(List<org.mallcrm.domain.channel.Scan> rows) {
            ScansContractHeard heard = new ScansContractHeard();
            db.inTransaction(() -> {
                Scans.Writer w = scans.writer(false, heard);
                for (int i = 0; i < rows.size(); i++) {
                    w.add(i + 2, rows.get(i));
                }
                w.finish();
                return null;
            });
            return heard.events;
        }

        @Test
        void a_load_into_the_empty_table_leaves_its_keys_and_indexes_as_they_were() {
            List<String> before = indexes();
            List<org.mallcrm.domain.channel.Scan> rows = rows(500);

            assertThat(write(rows)).hasSize(500).allMatch(e -> e.startsWith("created "));

            assertThat(indexes()).isEqualTo(before);
            // the natural key is enforced again: a stored id is not stored twice, by any path
            org.mallcrm.domain.channel.Scan again = rows.get(7);
            assertThat(scans.insertIfAbsent(again)).isFalse();
            assertThat(write(List.of(again, rows.get(8)))).containsExactly("unchanged 2", "unchanged 3");
            assertThat(scans.find(again.scanId())).contains(again);
        }

        @Test
        void a_load_into_the_empty_table_stores_every_text_and_time_as_it_came() {
            // PostgreSQL writes these through the binary COPY: lengths in UTF-8 bytes, times as 8-byte numbers
            List<org.mallcrm.domain.channel.Scan> rows = new java.util.ArrayList<>(rows(300));
            org.mallcrm.domain.channel.Scan[] odd = {
                new org.mallcrm.domain.channel.Scan(ScanId.of("X-1"), org.mallcrm.domain.channel.ScanKind.CHANNEL,
                        org.mallcrm.domain.channel.ScanCode.of("东门 入口·二号 \\N \\t 😀"),
                        org.mallcrm.domain.buyer.BuyerId.of("B-1.x_Y"), java.time.Instant.parse(
                                "1969-12-31T23:59:59.999999999Z")),
                new org.mallcrm.domain.channel.Scan(ScanId.of("X-2"), org.mallcrm.domain.channel.ScanKind.CHECKIN,
                        org.mallcrm.domain.channel.ScanCode.of("x".repeat(199) + "码"),
                        org.mallcrm.domain.buyer.BuyerId.of("B" + "9".repeat(39)),
                        java.time.Instant.parse("2199-12-31T23:59:59.999999999Z")),
            };
            rows.addAll(List.of(odd));

            assertThat(write(rows)).hasSize(302).allMatch(e -> e.startsWith("created "));

            for (org.mallcrm.domain.channel.Scan s : odd) {
                assertThat(scans.find(s.scanId())).contains(s);
            }
            assertThat(scans.find(rows.get(0).scanId())).contains(rows.get(0));
        }

        @Test
        void an_id_twice_in_the_first_file_leaves_the_indexes_as_they_were() {
            List<String> before = indexes();
            List<org.mallcrm.domain.channel.Scan> rows = new java.util.ArrayList<>(rows(300));
            rows.add(rows.get(5));

            List<String> heard = write(rows);

            assertThat(heard).hasSize(301).last().isEqualTo("unchanged 302");
            assertThat(indexes()).isEqualTo(before);
            assertThat(scans.insertIfAbsent(rows.get(5))).isFalse();
        }

        @Test
        void a_write_abandoned_part_way_stores_nothing_and_the_next_one_goes_through() {
            List<String> before = indexes();
            List<org.mallcrm.domain.channel.Scan> rows = rows(200);
            assertThatThrownBy(() -> db.inTransaction(() -> {
                Scans.Writer w = scans.writer(false, new ScansContractHeard());
                rows.subList(0, 100).forEach(s -> w.add(0, s));
                w.abandon();
                throw new IllegalStateException("the file broke off");
            })).hasMessage("the file broke off");

            assertThat(scans.find(rows.get(0).scanId())).isEmpty();
            assertThat(indexes()).isEqualTo(before);
            assertThat(write(rows)).hasSize(200).allMatch(e -> e.startsWith("created "));
        }

        @Test
        void a_reader_of_the_empty_table_is_not_waited_for() throws Exception {
            // PostgreSQL: the load takes the table's exclusive lock only when no one holds a lock on it
            try (java.sql.Connection reader = java.sql.DriverManager.getConnection(db.url())) {
                reader.setAutoCommit(false);
                try (java.sql.Statement st = reader.createStatement()) {
                    st.executeQuery("SELECT count(*) FROM scan").close(); // holds the table's share lock until it ends
                }
                long start = System.nanoTime();
                assertThat(write(rows(100))).hasSize(100).allMatch(e -> e.startsWith("created "));
                assertThat(java.time.Duration.ofNanos(System.nanoTime() - start))
                        .isLessThan(java.time.Duration.ofMillis(Database.BUSY_TIMEOUT_MS));
                reader.rollback();
            }
            assertThat(scans.find(ScanId.of("S3"))).isPresent();
        }
    }

    /** What a listener heard, as "created 2", "conflict 3" …. */
    static final class ScansContractHeard implements Scans.Listener {
        final List<String> events = new java.util.ArrayList<>();

        @Override
        public void created(long line) {
            events.add("created " + line);
        }

        @Override
        public void unchanged(long line) {
            events.add("unchanged " + line);
        }

        @Override
        public void updated(long line) {
            events.add("updated " + line);
        }

        @Override
        public void conflict(long line, org.mallcrm.domain.channel.Scan incoming,
                org.mallcrm.domain.channel.Scan stored) {
            events.add("conflict " + line);
        }
    }

    /** Scans for the tests above. */
    static final class ScansContractRows {
        static org.mallcrm.domain.channel.Scan checkin(String id, String buyer, java.time.Instant t) {
            return new org.mallcrm.domain.channel.Scan(org.mallcrm.domain.channel.ScanId.of(id),
                    org.mallcrm.domain.channel.ScanKind.CHECKIN, org.mallcrm.domain.channel.ScanCode.of("GATE-1"),
                    BuyerId.of(buyer), t);
        }
    }

    /** Counts created rows. */
    record ScansContractListener(int[] created) implements Scans.Listener {
        @Override
        public void created(long line) {
            created[0]++;
        }

        @Override
        public void unchanged(long line) {
        }

        @Override
        public void updated(long line) {
        }

        @Override
        public void conflict(long line, org.mallcrm.domain.channel.Scan incoming,
                org.mallcrm.domain.channel.Scan stored) {
        }
    }

    @Nested
    class CommissionStoresInDatabase extends CommissionStoresContract {
        @Override
        protected Stores emptyStores(FixedClock clock) {
            db = TestDatabases.fresh(store);
            long mall = TestDatabases.defaultMall(db);
            return new Stores(new JooqTrips(db, mall), new JdbcScans(db, mall),
                    new JooqCommissionRulesStore(db, mall, clock), new JooqStatements(db, mall, clock),
                    new JooqMallSettings(db, mall), new DatabaseUnitOfWork(db));
        }

        @Test
        void a_second_close_of_a_month_is_refused_by_the_unique_key() {
            FixedClock clock = FixedClock.at("2025-04-02T00:00:00Z");
            Stores s = emptyStores(clock);
            ClosedStatement empty = new CommissionService(s.trips(), s.scans(), s.rules(), s.statements(),
                    s.settings(), s.unitOfWork(), clock).close(ChannelCode.of("CH1"), YearMonth.of(2025, 3))
                    .statement();

            assertThatThrownBy(() -> s.statements().insertClosed(empty))
                    .satisfies(e -> assertThat(org.mallcrm.adapters.persistence.SqlFailure.of(e))
                            .isEqualTo(org.mallcrm.adapters.persistence.SqlFailure.UNIQUE));
        }
    }
}
