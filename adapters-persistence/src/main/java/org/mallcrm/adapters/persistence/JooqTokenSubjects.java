package org.mallcrm.adapters.persistence;

import static org.mallcrm.adapters.persistence.jooq.Tables.BUYER;
import static org.mallcrm.adapters.persistence.jooq.Tables.CHANNEL;
import static org.mallcrm.adapters.persistence.jooq.Tables.MERCHANT;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.mallcrm.application.access.port.out.TokenSubjects;
import org.mallcrm.domain.access.Role;

/**
 * The records of one mall a token can be bound to: a merchant of the register, a channel (created with its trips),
 * a buyer registered with the mall (imported, or registered through its app) or seen in a scan (domain-rules §6: an
 * anonymous buyer registers through its app, with a token bound to the id its scans carry).
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

    /**
     * A registered buyer, or one seen in a scan (one index probe for the buyer; for its scans one, on SQLite one a
     * month: {@link ScanMonths#ofBuyer}).
     */
    private boolean buyerExists(String buyerId) {
        return db.dsl(ctx -> ctx.fetchExists(BUYER, BUYER.MALL_ID.eq(mallId).and(BUYER.BUYER_ID.eq(buyerId))))
                || db.withConnection(c -> {
                    try (PreparedStatement ps = c.prepareStatement(ScanMonths.ofBuyer(db.vendor(), "1", " LIMIT 1"))) {
                        ScanMonths.bindBuyer(db.vendor(), ps, mallId, buyerId);
                        try (ResultSet rs = ps.executeQuery()) {
                            return rs.next();
                        }
                    } catch (SQLException e) {
                        throw new IllegalStateException("cannot read the scans of buyer " + buyerId + ": "
                                + e.getMessage(), e);
                    }
                });
    }
}
