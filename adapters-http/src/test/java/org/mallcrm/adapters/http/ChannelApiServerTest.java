package org.mallcrm.adapters.http;

import io.helidon.webclient.http1.Http1Client;
import io.helidon.webserver.testing.junit5.ServerTest;

/** The channel routes over a real socket on 127.0.0.1. */
@ServerTest
class ChannelApiServerTest extends ChannelApiContract {

    ChannelApiServerTest(Http1Client client) {
        super(client);
    }
}
