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
import org.mallcrm.domain.channel.CommissionPolicy;
import org.mallcrm.domain.channel.CommissionRules;
import org.mallcrm.domain.channel.HeadKey;
import org.mallcrm.domain.channel.Percent;
import org.mallcrm.domain.channel.Tier;
import org.mallcrm.domain.channel.TierMode;
import org.mallcrm.domain.channel.Trip;
import org.mallcrm.domain.money.Money;
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
