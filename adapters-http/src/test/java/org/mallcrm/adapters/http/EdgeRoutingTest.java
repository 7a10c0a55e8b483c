package org.mallcrm.adapters.http;

import io.helidon.webserver.testing.junit5.DirectClient;
import io.helidon.webserver.testing.junit5.RoutingTest;

/** The edge without a socket. */
@RoutingTest
class EdgeRoutingTest extends EdgeContract {

    EdgeRoutingTest(DirectClient client) {
        super(client);
    }
}
