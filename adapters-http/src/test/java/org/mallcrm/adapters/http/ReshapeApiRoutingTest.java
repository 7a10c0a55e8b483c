package org.mallcrm.adapters.http;

import io.helidon.webserver.testing.junit5.DirectClient;
import io.helidon.webserver.testing.junit5.RoutingTest;

/** The reshape and floor routes without a socket. */
@RoutingTest
class ReshapeApiRoutingTest extends ReshapeApiContract {

    ReshapeApiRoutingTest(DirectClient client) {
        super(client);
    }
}
