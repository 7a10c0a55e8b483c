package org.mallcrm.adapters.persistence;

import java.sql.SQLException;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/**
 * What a database error means, read from its code (SQLite's extended result code, PostgreSQL's SQLState) and never
 * from the text of its message, so that the repositories answer alike on both databases.
 */
public enum SqlFailure {
    /** A unique or primary key constraint refused the row. */
    UNIQUE,
    /** A CHECK constraint refused the row. */
    CHECK,
    /** A foreign key points nowhere. */
    FOREIGN_KEY,
    /** A NOT NULL column was given none. */
    NOT_NULL,
    /**
     * A rule the schema keeps beyond plain constraints: PostgreSQL's exclusion constraints and SQLite's triggers
     * standing in for them (overlapping leases of one stall), or a trigger refusing a change (append-only rows).
     */
    EXCLUSION,
    /**
     * Another writer holds what is needed, or the transaction could not be serialized with a concurrent one, or
     * the server cannot be reached right now: nothing was written, try again.
     */
    BUSY,
    /** Anything else: a defect or a broken database. */
    OTHER;

    /** The failure an exception (or any exception it was caused by) stands for. */
    public static SqlFailure of(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql) {
                SqlFailure f = of(sql);
                if (f != OTHER) {
                    return f;
                }
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return OTHER;
    }

    private static SqlFailure of(SQLException e) {
        if (e instanceof SQLiteException s) {
            return sqlite(s.getResultCode());
        }
        if (e instanceof java.sql.SQLTransientConnectionException) {
            return BUSY; // no connection came free in time
        }
        String state = e.getSQLState();
        if (state == null) {
            return OTHER;
        }
        return switch (state) {
            case "23505" -> UNIQUE;
            case "23514" -> CHECK;
            case "23503" -> FOREIGN_KEY;
            case "23502" -> NOT_NULL;
            case "23P01", "23001" -> EXCLUSION; // exclusion_violation; restrict_violation (append-only triggers)
            case "40001", "40P01", "55P03", "57P01", "57P03" -> BUSY; // serialization, deadlock, lock timeout, restart
            default -> state.startsWith("08") ? BUSY : OTHER; // the connection to the server failed
        };
    }

    private static SqlFailure sqlite(SQLiteErrorCode code) {
        if (code == null) {
            return OTHER;
        }
        return switch (code) {
            case SQLITE_CONSTRAINT_UNIQUE, SQLITE_CONSTRAINT_PRIMARYKEY, SQLITE_CONSTRAINT_ROWID -> UNIQUE;
            case SQLITE_CONSTRAINT_CHECK -> CHECK;
            case SQLITE_CONSTRAINT_FOREIGNKEY -> FOREIGN_KEY;
            case SQLITE_CONSTRAINT_NOTNULL -> NOT_NULL;
            case SQLITE_CONSTRAINT_TRIGGER -> EXCLUSION;
            default -> code.name().startsWith("SQLITE_BUSY") || code.name().startsWith("SQLITE_LOCKED") ? BUSY : OTHER;
        };
    }
}
