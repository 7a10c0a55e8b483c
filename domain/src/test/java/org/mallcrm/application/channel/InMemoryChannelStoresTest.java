package org.mallcrm.application.channel;

import org.junit.jupiter.api.Nested;
import org.mallcrm.application.channel.port.out.Scans;
import org.mallcrm.application.channel.port.out.Trips;
import org.mallcrm.fixtures.channel.InMemoryScans;
import org.mallcrm.fixtures.channel.InMemoryTrips;
import org.mallcrm.fixtures.channel.ScansContract;
import org.mallcrm.fixtures.channel.TripsContract;

/** The in-memory fakes keep the same contracts as the real stores. */
class InMemoryChannelStoresTest {

    @Nested
    class TripsInMemory extends TripsContract {
        @Override
        protected Trips emptyTrips() {
            return new InMemoryTrips();
        }
    }

    @Nested
    class CommissionStoresInMemory extends org.mallcrm.fixtures.channel.CommissionStoresContract {
        @Override
        protected Stores emptyStores(org.mallcrm.fixtures.common.FixedClock clock) {
            return new Stores(new InMemoryTrips(), new InMemoryScans(),
                    new org.mallcrm.fixtures.channel.InMemoryCommissionRules(),
                    new org.mallcrm.fixtures.channel.InMemoryStatements(),
                    new org.mallcrm.fixtures.settings.InMemoryMallSettings(),
                    new org.mallcrm.fixtures.common.DirectUnitOfWork());
        }
    }

    @Nested
    class ScansInMemory extends ScansContract {
        @Override
        protected Scans emptyScans() {
            return new InMemoryScans();
        }

        @Override
        protected void inTransaction(Runnable work) {
            work.run();
        }
    }
}
