package org.mallcrm.adapters.http;

import io.helidon.webserver.testing.junit5.DirectClient;
import io.helidon.webserver.testing.junit5.RoutingTest;

/** The leasing API without a socket. */
@RoutingTest
class LeasingApiRoutingTest extends LeasingApiContract {

    LeasingApiRoutingTest(DirectClient client) {
        super(client);
    }
}
