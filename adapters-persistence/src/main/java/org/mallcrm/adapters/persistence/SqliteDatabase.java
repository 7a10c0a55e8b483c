package org.mallcrm.adapters.persistence;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.Supplier;
import org.flywaydb.core.Flyway;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;
import org.mallcrm.adapters.persistence.jooq.Tables;
import org.mallcrm.adapters.persistence.jooq.tables.records.MallRecord;
import org.mallcrm.application.common.port.out.StorageBusyException;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/**
 * The embedded SQLite database: a small pool of connections, each with foreign keys on, WAL, synchronous
 * NORMAL and a busy timeout; every transaction starts IMMEDIATE so that two writers queue instead of failing
 * half-way. The schema is migrated by Flyway when the database is opened.
 */
public final class SqliteDatabase implements AutoCloseable {

    /** How long a writer waits for another to finish before the operation fails as busy (exit 75). */
    public static final int BUSY_TIMEOUT_MS = 10_000;

    /** Held so the setting sticks: JUL keeps loggers only weakly. */
    private static final java.util.logging.Logger FLYWAY_LOG = java.util.logging.Logger.getLogger("org.flywaydb");
    private static final java.util.logging.Logger JOOQ_LOG = java.util.logging.Logger.getLogger("org.jooq");

    static {
        // migrations and jOOQ speak only when something is wrong; stdout stays for machine output
        FLYWAY_LOG.setLevel(java.util.logging.Level.WARNING);
        JOOQ_LOG.setLevel(java.util.logging.Level.WARNING);
        System.setProperty("org.jooq.no-logo", "true");
        System.setProperty("org.jooq.no-tips", "true");
    }

    private final String url;
    private final BlockingQueue<Connection> idle;
    private final List<Connection> all = new ArrayList<>();
    private final ThreadLocal<Connection> current = new ThreadLocal<>();
    private final Settings settings = new Settings().withExecuteLogging(false).withRenderSchema(false);

    private SqliteDatabase(String url, int poolSize) throws SQLException {
        this.url = url;
        this.idle = new ArrayBlockingQueue<>(poolSize);
        SQLiteConfig config = new SQLiteConfig();
        config.enforceForeignKeys(true);
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
        config.setBusyTimeout(BUSY_TIMEOUT_MS);
        config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
        config.setDateClass("TEXT");
        for (int i = 0; i < poolSize; i++) {
            Connection c = config.createConnection(url);
            all.add(c);
            idle.add(c);
        }
    }

    /** Opens (creating and migrating when needed) the database file. */
    public static SqliteDatabase open(Path file) {
        return open(file, 4);
    }

    public static SqliteDatabase open(Path file, int poolSize) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            return openUrl("jdbc:sqlite:" + file.toAbsolutePath(), poolSize);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("cannot create the folder of " + file + ": " + e.getMessage(), e);
        }
    }

    /** Opens an SQLite database by JDBC URL and migrates it. */
    public static SqliteDatabase openUrl(String url, int poolSize) {
        try {
            SqliteDatabase db = new SqliteDatabase(url, poolSize);
            try {
                db.migrate();
            } catch (RuntimeException e) {
                db.close();
                throw e;
            }
            return db;
        } catch (SQLException e) {
            throw translate(e);
        }
    }

    private void migrate() {
        Connection c = borrow();
        try {
            if (isUpToDate(c)) {
                return;
            }
            Flyway.configure()
                    .dataSource(new SingleConnectionDataSource(c))
                    .locations("classpath:db/migration")
                    .load()
                    .migrate();
        } catch (org.flywaydb.core.api.FlywayException e) {
            if (String.valueOf(e.getMessage()).contains("no schema history table")) {
                throw new IllegalArgumentException(url.replace("jdbc:sqlite:", "")
                        + " is not a mallcrm database: it holds other tables; use a new file for --db");
            }
            throw e;
        } finally {
            giveBack(c);
        }
    }

    /**
     * True when every migration the build listed has been applied successfully, so Flyway (and the time it
     * takes to start) can be skipped. Any doubt answers false and Flyway decides.
     */
    private static boolean isUpToDate(Connection c) {
        List<String> expected = migrationVersions();
        if (expected.isEmpty()) {
            return false;
        }
        try (var st = c.createStatement();
                var rs = st.executeQuery("select count(*) from sqlite_master where type = 'table' "
                        + "and name = 'flyway_schema_history'")) {
            if (!rs.next() || rs.getInt(1) == 0) {
                return false;
            }
        } catch (SQLException e) {
            return false;
        }
        try (var st = c.createStatement();
                var rs = st.executeQuery("select version from flyway_schema_history where success = 1 "
                        + "and version is not null")) {
            java.util.Set<String> applied = new java.util.HashSet<>();
            while (rs.next()) {
                applied.add(rs.getString(1));
            }
            for (String v : expected) {
                if (!applied.contains(v)) {
                    return false;
                }
            }
            return true;
        } catch (SQLException e) {
            return false;
        }
    }

    /** Versions of the migrations in the build's index: "V3_1__x.sql" is "3.1". */
    static List<String> migrationVersions() {
        try (var in = SqliteDatabase.class.getResourceAsStream("/db/migrations.index")) {
            if (in == null) {
                return List.of();
            }
            List<String> versions = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).split("\\R")) {
                String name = line.strip();
                int sep = name.indexOf("__");
                if (name.startsWith("V") && sep > 1) {
                    versions.add(name.substring(1, sep).replace('_', '.'));
                }
            }
            return versions;
        } catch (java.io.IOException e) {
            return List.of();
        }
    }

    public String url() {
        return url;
    }

    /**
     * Runs {@code work} in one transaction on one connection that every repository call inside it shares.
     * Nested calls join the outer transaction.
     */
    public <T> T inTransaction(Supplier<T> work) {
        return inTransaction(work, NEVER);
    }

    private static final java.util.function.Predicate<Object> NEVER = result -> false;

    /**
     * Runs {@code work} in one transaction that commits unless {@code rollBack} holds for its result (then it rolls
     * back and the result is still returned). Nested calls join the outer transaction; a nested call rolled back
     * by its result undoes only its own writes, back to a savepoint set where it began.
     */
    public <T> T inTransaction(Supplier<T> work, java.util.function.Predicate<? super T> rollBack) {
        Connection outer = current.get();
        if (outer != null) {
            return nested(outer, work, rollBack);
        }
        Connection c = borrow();
        current.set(c);
        try {
            c.setAutoCommit(false);
            T result = work.get();
            if (rollBack.test(result)) {
                c.rollback();
            } else {
                c.commit();
            }
            return result;
        } catch (SQLException e) {
            rollbackQuietly(c);
            throw translate(e);
        } catch (RuntimeException | Error e) {
            rollbackQuietly(c);
            throw translateRuntime(e);
        } finally {
            current.remove();
            try {
                c.setAutoCommit(true);
            } catch (SQLException ignored) {
                // the connection is given back either way
            }
            giveBack(c);
        }
    }

    /** Work joining an open transaction: a savepoint only when its result may ask to be undone. */
    private static <T> T nested(Connection c, Supplier<T> work, java.util.function.Predicate<? super T> rollBack) {
        if (rollBack == NEVER) {
            return work.get();
        }
        java.sql.Savepoint savepoint;
        try {
            savepoint = c.setSavepoint();
        } catch (SQLException e) {
            throw translate(e);
        }
        T result = work.get();
        try {
            if (rollBack.test(result)) {
                c.rollback(savepoint);
            }
            c.releaseSavepoint(savepoint);
        } catch (SQLException e) {
            throw translate(e);
        }
        return result;
    }

    /** Whether this thread is inside {@link #inTransaction}. */
    public boolean inTransactionOnThisThread() {
        return current.get() != null;
    }

    /** Runs {@code work} with the transaction's connection, or a pooled one in autocommit mode. */
    public <T> T withConnection(Function<Connection, T> work) {
        Connection c = current.get();
        if (c != null) {
            return work.apply(c);
        }
        c = borrow();
        try {
            return work.apply(c);
        } catch (RuntimeException e) {
            throw translateRuntime(e);
        } finally {
            giveBack(c);
        }
    }

    /** jOOQ over the current connection (see {@link #withConnection}). */
    public <T> T dsl(Function<DSLContext, T> work) {
        return withConnection(c -> work.apply(DSL.using(c, SQLDialect.SQLITE, settings)));
    }

    /**
     * The id of the mall with that code; with no code, the only mall (created as {@code MAIN} in a new
     * database).
     *
     * @throws IllegalArgumentException when the code is unknown, or no code is given and there are several
     */
    public long mallId(Optional<String> code, Instant now) {
        return inTransaction(() -> dsl(ctx -> {
            List<MallRecord> malls = ctx.selectFrom(Tables.MALL).orderBy(Tables.MALL.CODE).fetch();
            if (code.isPresent()) {
                return malls.stream().filter(m -> m.getCode().equals(code.get())).findFirst()
                        .map(MallRecord::getId)
                        .orElseThrow(() -> new IllegalArgumentException("no mall '" + code.get()
                                + "' in this database; malls: " + codes(malls)));
            }
            if (malls.isEmpty()) {
                return ctx.insertInto(Tables.MALL)
                        .set(Tables.MALL.CODE, "MAIN")
                        .set(Tables.MALL.NAME, "Main mall")
                        .set(Tables.MALL.CREATED_AT, now.toString())
                        .returningResult(Tables.MALL.ID)
                        .fetchOne()
                        .value1();
            }
            if (malls.size() > 1) {
                throw new IllegalArgumentException("this database holds several malls (" + codes(malls)
                        + "); say which with --mall CODE");
            }
            return malls.get(0).getId();
        }));
    }

    private static String codes(List<MallRecord> malls) {
        return malls.isEmpty() ? "none" : String.join(", ", malls.stream().map(MallRecord::getCode).toList());
    }

    private Connection borrow() {
        try {
            Connection c = idle.poll(BUSY_TIMEOUT_MS, TimeUnit.MILLISECONDS);
            if (c == null) {
                throw new StorageBusyException("no database connection was free within "
                        + BUSY_TIMEOUT_MS / 1000 + " s", null);
            }
            return c;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StorageBusyException("interrupted while waiting for a database connection", e);
        }
    }

    private void giveBack(Connection c) {
        idle.add(c);
    }

    private static void rollbackQuietly(Connection c) {
        try {
            c.rollback();
        } catch (SQLException ignored) {
            // the original failure is what matters
        }
    }

    /** SQLITE_BUSY / SQLITE_LOCKED become a temporary failure; anything else an internal error. */
    static RuntimeException translate(SQLException e) {
        if (isBusy(e)) {
            return new StorageBusyException("the database is busy (another process is writing); try again", e);
        }
        return new IllegalStateException("database error: " + e.getMessage(), e);
    }

    private static RuntimeException translateRuntime(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && isBusy(sql)) {
                return new StorageBusyException("the database is busy (another process is writing); try again", e);
            }
        }
        if (e instanceof RuntimeException r) {
            return r;
        }
        throw (Error) e;
    }

    private static boolean isBusy(SQLException e) {
        if (e instanceof SQLiteException s) {
            SQLiteErrorCode code = s.getResultCode();
            return code == SQLiteErrorCode.SQLITE_BUSY || code == SQLiteErrorCode.SQLITE_LOCKED
                    || code.name().startsWith("SQLITE_BUSY") || code.name().startsWith("SQLITE_LOCKED");
        }
        return false;
    }

    @Override
    public void close() {
        for (Connection c : all) {
            try {
                c.close();
            } catch (SQLException ignored) {
                // closing anyway
            }
        }
    }
}
