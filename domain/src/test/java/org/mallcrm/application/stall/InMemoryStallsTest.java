package org.mallcrm.application.stall;

import org.mallcrm.application.stall.port.out.Stalls;
import org.mallcrm.fixtures.stall.InMemoryStalls;
import org.mallcrm.fixtures.stall.StallsContract;

class InMemoryStallsTest extends StallsContract {

    @Override
    protected Stalls emptyStalls() {
        return new InMemoryStalls();
    }
}
