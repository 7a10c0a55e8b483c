package org.mallcrm.application.common;

import org.mallcrm.application.common.port.out.IdempotentReplies;
import org.mallcrm.fixtures.common.IdempotentRepliesContract;
import org.mallcrm.fixtures.common.InMemoryIdempotentReplies;

class InMemoryIdempotentRepliesTest extends IdempotentRepliesContract {

    @Override
    protected IdempotentReplies emptyReplies() {
        return new InMemoryIdempotentReplies();
    }
}
