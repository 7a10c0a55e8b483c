package org.mallcrm.adapters.persistence.buyer;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.mallcrm.adapters.persistence.Database;
import org.mallcrm.adapters.persistence.Vendor;
import org.mallcrm.adapters.persistence.types.InstantBinding;

/**
 * Plain JDBC for the paths asked thousands of times a second (a claim, a redemption): statements prepared once per
 * connection ({@link Database#prepared}), values bound as the jOOQ bindings store them (instants as ISO text with
 * nine fraction digits in SQLite, {@code timestamptz} in PostgreSQL; days as ISO text or {@code date}).
 */
final class Jdbc {

    private final Database db;
    private final boolean sqlite;

    Jdbc(Database db) {
        this.db = db;
        this.sqlite = db.vendor() == Vendor.SQLITE;
    }

    @FunctionalInterface
    interface Work<T> {
        T run(Connection c) throws SQLException;
    }

    /** Runs plain JDBC on the current transaction's connection (or one of its own). */
    <T> T with(String what, Work<T> work) {
        return db.withConnection(c -> {
            try {
                return work.run(c);
            } catch (SQLException e) {
                throw new JdbcFailure("cannot " + what + ": " + e.getMessage(), e);
            }
        });
    }

    PreparedStatement prepared(Connection c, String sql) throws SQLException {
        return db.prepared(c, sql);
    }

    void setInstant(PreparedStatement ps, int i, Instant at) throws SQLException {
        if (at == null) {
            ps.setNull(i, sqlite ? Types.VARCHAR : Types.TIMESTAMP_WITH_TIMEZONE);
        } else if (sqlite) {
            ps.setString(i, InstantBinding.text(at));
        } else {
            ps.setObject(i, at.atOffset(ZoneOffset.UTC));
        }
    }

    Instant getInstant(ResultSet rs, int i) throws SQLException {
        if (sqlite) {
            String s = rs.getString(i);
            return s == null ? null : InstantBinding.parseText(s);
        }
        OffsetDateTime t = rs.getObject(i, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }

    void setDate(PreparedStatement ps, int i, LocalDate day) throws SQLException {
        if (day == null) {
            ps.setNull(i, sqlite ? Types.VARCHAR : Types.DATE);
        } else {
            db.setDate(ps, i, day);
        }
    }

    LocalDate getDate(ResultSet rs, int i) throws SQLException {
        return db.getDate(rs, i);
    }

    /** A nullable long. */
    static Long getLong(ResultSet rs, int i) throws SQLException {
        long v = rs.getLong(i);
        return rs.wasNull() ? null : v;
    }

    static void setLong(PreparedStatement ps, int i, Long v) throws SQLException {
        if (v == null) {
            ps.setNull(i, Types.BIGINT);
        } else {
            ps.setLong(i, v);
        }
    }

    static void setString(PreparedStatement ps, int i, String v) throws SQLException {
        if (v == null) {
            ps.setNull(i, Types.VARCHAR);
        } else {
            ps.setString(i, v);
        }
    }

    /** A database failure in plain JDBC, with the SQL exception as its cause (so {@code SqlFailure.of} reads it). */
    static final class JdbcFailure extends IllegalStateException {
        JdbcFailure(String message, SQLException cause) {
            super(message, cause);
        }
    }
}
