package org.mallcrm.application.lease;

import org.mallcrm.application.lease.port.out.Leases;
import org.mallcrm.fixtures.lease.InMemoryLeases;
import org.mallcrm.fixtures.lease.LeasesContract;

class InMemoryLeasesTest extends LeasesContract {

    @Override
    protected Leases emptyLeases() {
        return new InMemoryLeases();
    }
}
