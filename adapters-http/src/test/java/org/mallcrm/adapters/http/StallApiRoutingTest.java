package org.mallcrm.adapters.http;

import io.helidon.webserver.testing.junit5.DirectClient;
import io.helidon.webserver.testing.junit5.RoutingTest;

/** The API without a socket. */
@RoutingTest
class StallApiRoutingTest extends StallApiContract {

    StallApiRoutingTest(DirectClient client) {
        super(client);
    }
}
