package org.mallcrm.adapters.persistence.channel;

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
import org.mallcrm.adapters.persistence.SqliteDatabase;
import org.mallcrm.adapters.persistence.SqliteUnitOfWork;
import org.mallcrm.adapters.persistence.TestDatabases;
import org.mallcrm.application.channel.port.out.Scans;
import org.mallcrm.application.channel.port.out.Trips;
import org.mallcrm.application.channel.service.CommissionService;
import org.mallcrm.domain.buyer.BuyerId;
import org.mallcrm.domain.channel.Channel;
import org.mallcrm.domain.channel.ChannelCode;
import org.mallcrm.domain.channel.ClosedStatement;
import org.mallcrm.domain.channel.CommissionPolicy;
import org.mallcrm.domain.channel.CommissionRules;
import org.mallcrm.domain.channel.HeadKey;
import org.mallcrm.domain.channel.Percent;
import org.mallcrm.domain.channel.Tier;
import org.mallcrm.domain.channel.TierMode;
import org.mallcrm.domain.channel.Trip;
import org.mallcrm.domain.money.Money;
import org.mallcrm.fixtures.channel.ScanLog;
import org.mallcrm.fixtures.channel.ScansContract;
import org.mallcrm.fixtures.channel.TripsContract;
import org.mallcrm.fixtures.common.FixedClock;

class ChannelStoresSqliteTest {

    private SqliteDatabase db;

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
            db = TestDatabases.fresh();
            return new JooqTrips(db, TestDatabases.defaultMall(db));
        }
    }

    @Nested
    class ScansInSqlite extends ScansContract {
        @Override
        protected Scans emptyScans() {
            db = TestDatabases.fresh();
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

    @Test
    void rules_round_trip_through_their_json_document() {
        db = TestDatabases.fresh();
        JooqCommissionRulesStore store = new JooqCommissionRulesStore(db, TestDatabases.defaultMall(db),
                FixedClock.at("2025-04-01T00:00:00Z"));
        CommissionRules rules = CommissionRules.of(CommissionPolicy.DEFAULT.withVarianceFlag(Percent.parse("12.5")))
                .withChannel(ChannelCode.of("CH2"), CommissionPolicy.DEFAULT.withTiers(List.of(Tier.of(1, "15.00"),
                        Tier.of(1001, "18.00"))).withTierMode(TierMode.WHOLE)
                        .withMonthlyCap(Optional.of(Money.parse("50000.00"))).withCapAtReported(true).withMinHeads(3)
                        .withScanOrderToleranceMinutes(10));

        assertThat(store.load()).isEmpty();
        store.save(CommissionRules.DEFAULT);
        store.save(rules);

        assertThat(store.load()).contains(rules);
    }

    @Test
    void a_closed_statement_reads_back_whole_and_cannot_be_stored_twice() {
        db = TestDatabases.fresh();
        long mall = TestDatabases.defaultMall(db);
        FixedClock clock = FixedClock.at("2025-04-02T00:00:00Z");
        JooqTrips trips = new JooqTrips(db, mall);
        JdbcScans scans = new JdbcScans(db, mall);
        JooqStatements statements = new JooqStatements(db, mall, clock);
        org.mallcrm.adapters.persistence.JooqMallSettings settings =
                new org.mallcrm.adapters.persistence.JooqMallSettings(db, mall);
        CommissionService service = new CommissionService(trips, scans, new JooqCommissionRulesStore(db, mall, clock),
                statements, settings, new SqliteUnitOfWork(db), clock);
        Trip t = trip("T1", "CH1", "2025-03-10T09:00", "2025-03-10T11:00", 2);
        trips.insertChannels(List.of(new Channel(ChannelCode.of("CH1"), "渠道一")));
        trips.insert(List.of(t));
        new ScanLog().channel("B1", t, at("2025-03-10T08:00")).checkin("B1", at("2025-03-10T09:30"))
                .channel("B2", t, at("2025-03-10T08:10")).checkin("B2", at("2025-03-10T09:40"))
                .scans().forEach(scans::insertIfAbsent);

        ClosedStatement closed = service.close(ChannelCode.of("CH1"), YearMonth.of(2025, 3)).statement();
        ClosedStatement read = statements.findClosed(ChannelCode.of("CH1"), YearMonth.of(2025, 3)).orElseThrow();

        assertThat(read).isEqualTo(closed);
        assertThat(read.lines().get(0).heads()).hasSize(2);
        assertThat(read.total()).isEqualTo(Money.parse("40.00"));
        assertThatThrownBy(() -> statements.insertClosed(closed)).hasMessageContaining("UNIQUE");
        // a later change of the mall's rate applies to what is computed after it, never to the closed statement
        new org.mallcrm.application.settings.service.SettingsService(settings, new SqliteUnitOfWork(db), clock)
                .set("commission.rate_per_head", "30.00", "test");
        assertThat(service.rules().defaults().ratePerHead()).isEqualTo(Money.parse("30.00"));
        assertThat(statements.findClosed(ChannelCode.of("CH1"), YearMonth.of(2025, 3)).orElseThrow().total())
                .isEqualTo(Money.parse("40.00"));
        assertThat(service.statement(ChannelCode.of("CH1"), YearMonth.of(2025, 3)).total())
                .isEqualTo(Money.parse("40.00"));
        service.correct(ChannelCode.of("CH1"), YearMonth.of(2025, 3), List.of(new HeadKey(t.tripNo(),
                BuyerId.of("B1"))), "fraud");
        assertThat(statements.postedOn(ChannelCode.of("CH1"), YearMonth.of(2025, 4))).singleElement()
                .satisfies(a -> assertThat(a.revokedHeads()).singleElement()
                        .satisfies(h -> assertThat(h.buyer()).isEqualTo(BuyerId.of("B1"))));
    }
}
