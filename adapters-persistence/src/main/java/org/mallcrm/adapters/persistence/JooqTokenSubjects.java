package org.mallcrm.adapters.persistence;

import static org.mallcrm.adapters.persistence.jooq.Tables.CHANNEL;
import static org.mallcrm.adapters.persistence.jooq.Tables.MERCHANT;
import static org.mallcrm.adapters.persistence.jooq.Tables.SCAN;

import org.mallcrm.application.access.port.out.TokenSubjects;
import org.mallcrm.domain.access.Role;

/**
 * The records of one mall a token can be bound to: a merchant of the register, a channel (created with its trips),
 * a buyer the mall has seen in a scan. When buyers are registered as records (domain-rules §6), a registered buyer
 * counts too: add it to {@link #buyerExists}.
 */
public final class JooqTokenSubjects implements TokenSubjects {

    private final Database db;
    private final long mallId;

    public JooqTokenSubjects(Database db, long mallId) {
        this.db = db;
        this.mallId = mallId;
    }

    @Override
    public boolean exists(Role role, String subject) {
        return switch (role) {
            case MERCHANT -> db.dsl(ctx -> ctx.fetchExists(MERCHANT,
                    MERCHANT.MALL_ID.eq(mallId).and(MERCHANT.MERCHANT_NO.eq(subject))));
            case CHANNEL -> db.dsl(ctx -> ctx.fetchExists(CHANNEL,
                    CHANNEL.MALL_ID.eq(mallId).and(CHANNEL.CODE.eq(subject))));
            case BUYER -> buyerExists(subject);
            case STAFF -> false;
        };
    }

    /** A buyer seen in a scan (the scan table's key starts with mall and buyer: one index probe). */
    private boolean buyerExists(String buyerId) {
        return db.dsl(ctx -> ctx.fetchExists(SCAN, SCAN.MALL_ID.eq(mallId).and(SCAN.BUYER_ID.eq(buyerId))));
    }
}
