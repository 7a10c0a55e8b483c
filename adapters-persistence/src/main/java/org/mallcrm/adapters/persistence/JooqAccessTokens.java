package org.mallcrm.adapters.persistence;

import static org.mallcrm.adapters.persistence.jooq.Tables.ACCESS_TOKEN;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.mallcrm.adapters.persistence.jooq.tables.records.AccessTokenRecord;
import org.mallcrm.application.access.port.in.AccessTokenUseCases.TokenInfo;
import org.mallcrm.application.access.port.out.AccessTokens;
import org.mallcrm.domain.access.Principal;
import org.mallcrm.domain.access.Role;

/**
 * Access tokens of one mall, stored by hash; or, for the server that serves every mall of the database, the
 * tokens of all malls ({@link #anyMall}): a token's mall is then the mall of the request. A principal read back
 * names the code of its token's mall.
 */
public final class JooqAccessTokens implements AccessTokens {

    private final Database db;
    /** Null: any mall (authentication only). */
    private final Long mallId;

    public JooqAccessTokens(Database db, long mallId) {
        this.db = db;
        this.mallId = mallId;
    }

    private JooqAccessTokens(Database db) {
        this.db = db;
        this.mallId = null;
    }

    /** The tokens of every mall of the database, to authenticate a caller whatever its mall (nothing else). */
    public static JooqAccessTokens anyMall(Database db) {
        return new JooqAccessTokens(db);
    }

    private long mall() {
        if (mallId == null) {
            throw new IllegalStateException("tokens of every mall only authenticate; add, list and revoke per mall");
        }
        return mallId;
    }

    @Override
    public boolean add(String hash, Principal principal, Instant createdAt) {
        long mall = mall();
        return db.dsl(ctx -> ctx.insertInto(ACCESS_TOKEN)
                .set(ACCESS_TOKEN.MALL_ID, mall)
                .set(ACCESS_TOKEN.NAME, principal.name())
                .set(ACCESS_TOKEN.TOKEN_HASH, hash)
                .set(ACCESS_TOKEN.ROLE, principal.role().name())
                .set(ACCESS_TOKEN.SUBJECT, principal.subject().orElse(null))
                .set(ACCESS_TOKEN.DEPARTMENT, principal.department().orElse(null))
                .set(ACCESS_TOKEN.GROUP_LEVEL, principal.groupLevel() ? 1L : 0L)
                .set(ACCESS_TOKEN.CREATED_AT, createdAt)
                .onConflictDoNothing()
                .execute() == 1);
    }

    /**
     * Asked on every API request, so plain JDBC with one prepared statement per pooled connection (jOOQ renders and
     * prepares the query anew each time: several times slower at thousands of requests a second). Nothing is kept
     * between requests: a token revoked by any process (the CLI, another server on the same database) is refused
     * by every server from the next request on.
     */
    @Override
    public Optional<Principal> findLive(String hash) {
        return db.withConnection(c -> {
            try {
                PreparedStatement ps = db.prepared(c, "SELECT t.name, t.role, t.subject, t.department, t.group_level, "
                        + "m.code FROM access_token t JOIN mall m ON m.id = t.mall_id "
                        + "WHERE t.token_hash = ? AND t.revoked_at IS NULL"
                        + (mallId == null ? "" : " AND t.mall_id = ?"));
                ps.setString(1, hash);
                if (mallId != null) {
                    ps.setLong(2, mallId);
                }
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        return Optional.<Principal>empty();
                    }
                    return Optional.of(new Principal(rs.getString(1), Role.valueOf(rs.getString(2)),
                            Optional.ofNullable(rs.getString(3)), Optional.ofNullable(rs.getString(4)),
                            rs.getLong(5) == 1L, Optional.of(rs.getString(6))));
                }
            } catch (SQLException e) {
                throw new IllegalStateException("cannot read tokens: " + e.getMessage(), e);
            }
        });
    }

    @Override
    public List<TokenInfo> list() {
        long mall = mall();
        return db.dsl(ctx -> ctx.selectFrom(ACCESS_TOKEN)
                .where(ACCESS_TOKEN.MALL_ID.eq(mall))
                .orderBy(ACCESS_TOKEN.NAME)
                .fetch(r -> new TokenInfo(principal(r), r.getCreatedAt(),
                        Optional.ofNullable(r.getRevokedAt()))));
    }

    @Override
    public boolean revoke(String name, Instant at) {
        long mall = mall();
        return db.dsl(ctx -> ctx.update(ACCESS_TOKEN)
                .set(ACCESS_TOKEN.REVOKED_AT, at)
                .where(ACCESS_TOKEN.MALL_ID.eq(mall))
                .and(ACCESS_TOKEN.NAME.eq(name))
                .and(ACCESS_TOKEN.REVOKED_AT.isNull())
                .execute() == 1);
    }

    private static Principal principal(AccessTokenRecord r) {
        return new Principal(r.getName(), Role.valueOf(r.getRole()), Optional.ofNullable(r.getSubject()),
                Optional.ofNullable(r.getDepartment()), r.getGroupLevel() == 1L);
    }
}
