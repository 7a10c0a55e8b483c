package org.mallcrm.adapters.http;

import io.helidon.webserver.testing.junit5.DirectClient;
import io.helidon.webserver.testing.junit5.RoutingTest;

/** The channel routes without a socket. */
@RoutingTest
class ChannelApiRoutingTest extends ChannelApiContract {

    ChannelApiRoutingTest(DirectClient client) {
        super(client);
    }
}
