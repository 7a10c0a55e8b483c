package org.mallcrm.application.lease;

import org.mallcrm.fixtures.lease.InMemoryEarnestMonies;
import org.mallcrm.fixtures.lease.InMemoryExitRequests;
import org.mallcrm.fixtures.lease.InMemoryPlacements;
import org.mallcrm.fixtures.lease.LeasingRecordsContract;

class InMemoryLeasingRecordsTest extends LeasingRecordsContract {

    @Override
    protected Stores emptyStores() {
        return new Stores(new InMemoryEarnestMonies(), new InMemoryPlacements(), new InMemoryExitRequests());
    }
}
