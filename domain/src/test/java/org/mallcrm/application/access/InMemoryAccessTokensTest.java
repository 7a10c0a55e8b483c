package org.mallcrm.application.access;

import org.mallcrm.application.access.port.out.AccessTokens;
import org.mallcrm.fixtures.access.AccessTokensContract;
import org.mallcrm.fixtures.access.InMemoryAccessTokens;

class InMemoryAccessTokensTest extends AccessTokensContract {

    @Override
    protected AccessTokens emptyTokens() {
        return new InMemoryAccessTokens();
    }
}
