package org.mallcrm.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mallcrm.application.common.port.out.IdempotentReplies.Reply;

class JooqIdempotentRepliesTest {

    final SqliteDatabase db = TestDatabases.fresh();
    final JooqIdempotentReplies replies = new JooqIdempotentReplies(db, TestDatabases.defaultMall(db));

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void the_first_reply_saved_for_a_key_is_kept_and_returned_to_later_saves() {
        Reply first = new Reply("POST /api/v1/receipts abc", 201, "{\"receipt_no\":\"R-1\"}");

        assertThat(replies.save("staff", "k1", first)).isEqualTo(first);
        assertThat(replies.save("staff", "k1", new Reply("POST /x", 200, "{}"))).isEqualTo(first);
        assertThat(replies.find("staff", "k1")).contains(first);
        assertThat(replies.find("other", "k1")).isEmpty();
    }
}
