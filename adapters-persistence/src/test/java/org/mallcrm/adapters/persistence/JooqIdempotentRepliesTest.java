package org.mallcrm.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mallcrm.application.common.port.out.IdempotentReplies.Reply;

class JooqIdempotentRepliesTest {

    final SqliteDatabase db = TestDatabases.fresh();
    final JooqIdempotentReplies replies = new JooqIdempotentReplies(db, TestDatabases.defaultMall(db));
    final Instant now = Instant.parse("2026-05-01T08:00:00.250Z");
    final Instant dayAgo = now.minus(Duration.ofHours(24));

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void a_claimed_key_completed_in_its_transaction_is_found_by_the_next_claim_and_by_no_other_caller() {
        Reply first = new Reply("POST /api/v1/receipts abc", 201, "{\"receipt_no\":\"R-1\"}");
        db.inTransaction(() -> {
            assertThat(replies.claim("staff", "k1", first.request(), now, dayAgo)).isEmpty();
            replies.complete("staff", "k1", first);
            return null;
        });

        assertThat(replies.claim("staff", "k1", "POST /x", now.plusSeconds(5), dayAgo)).contains(first);
        assertThat(replies.claim("other", "k1", "POST /x", now, dayAgo)).isEmpty();
    }

    @Test
    void a_claim_rolled_back_with_its_write_leaves_the_key_free() {
        db.inTransaction(() -> replies.claim("staff", "k2", "POST /a", now, dayAgo), claimed -> true);

        assertThat(replies.claim("staff", "k2", "POST /b", now, dayAgo)).isEmpty();
    }

    @Test
    void a_reply_older_than_the_expiry_is_forgotten_and_the_key_claimed_anew() {
        db.inTransaction(() -> {
            replies.claim("staff", "k3", "POST /a", now, dayAgo);
            replies.complete("staff", "k3", new Reply("POST /a", 201, "{}"));
            return null;
        });
        Instant later = now.plus(Duration.ofHours(25));

        Optional<Reply> again = replies.claim("staff", "k3", "POST /b", later, later.minus(Duration.ofHours(24)));
        assertThat(again).isEmpty();
        assertThat(replies.purge(later.plus(Duration.ofHours(25)))).isEqualTo(1);
        assertThat(replies.claim("staff", "k3", "POST /c", later, dayAgo)).isEmpty();
    }
}
