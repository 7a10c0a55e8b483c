package org.mallcrm.adapters.persistence;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.pool.HikariPool;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.CoreErrorCode;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.jooq.DSLContext;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;
import org.mallcrm.adapters.persistence.jooq.Tables;
import org.mallcrm.adapters.persistence.jooq.tables.records.MallRecord;
import org.mallcrm.application.common.port.out.StorageBusyException;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * The database behind every repository: an embedded SQLite file or a PostgreSQL server, chosen by the JDBC URL, with
 * a HikariCP pool of connections and one way to run a transaction.
 *
 * <p>SQLite: each connection has foreign keys on, WAL, synchronous NORMAL and a busy timeout; a transaction is
 * {@code BEGIN IMMEDIATE … COMMIT} written out as statements on a connection left in auto-commit (so nothing is begun
 * after the commit that could still fail), and writers of this process queue on one fair lock (one writer at a time;
 * other processes are waited for by the busy timeout). Writers that come together share one SQLite transaction, each
 * behind a savepoint of its own, and each returns only once that transaction is committed (group commit: one commit
 * for many writes, see {@link #inGroup}). PostgreSQL keeps the same rule for every server process on
 * the database: a transaction first takes one transaction-scoped advisory lock, so writers run one after the other
 * and each sees everything committed before it (READ COMMITTED), exactly as on SQLite; of two holds on one stall
 * through two servers the second is refused by the rule, not failed as unserializable. Only atomic writes that need
 * no such order (scans posted by the apps, {@link Isolation#READ_COMMITTED}) skip the lock. A lock is waited for at
 * most as long as SQLite's busy timeout.
 *
 * <p>Either way a transaction that cannot go ahead for now (busy, a serialization failure, a deadlock, a lost
 * connection) fails as {@link StorageBusyException}: nothing was written, try again. The schema is migrated by
 * Flyway from the vendor's own migrations when the database is opened, unless the build's index of migrations says
 * it is up to date.
 */
public final class Database implements AutoCloseable {

    /** How long a writer waits for another to finish before the operation fails as busy (exit 75, HTTP 503). */
    public static final int BUSY_TIMEOUT_MS = 10_000;

    /** Held so the settings stick: JUL keeps loggers only weakly. */
    private static final List<java.util.logging.Logger> QUIET = new ArrayList<>();

    static {
        // migrations, jOOQ and the pool speak only when something is wrong; stdout stays for machine output
        for (String name : List.of("org.flywaydb", "org.jooq", "com.zaxxer.hikari")) {
            java.util.logging.Logger log = java.util.logging.Logger.getLogger(name);
            log.setLevel(java.util.logging.Level.WARNING);
            QUIET.add(log);
        }
        // jOOQ's open-source dialect names the newest PostgreSQL; older servers (Debian's 15) work all the same
        java.util.logging.Logger versions =
                java.util.logging.Logger.getLogger("org.jooq.impl.DefaultExecuteContext.logVersionSupport");
        versions.setLevel(java.util.logging.Level.SEVERE);
        QUIET.add(versions);
        System.setProperty("org.jooq.no-logo", "true");
        System.setProperty("org.jooq.no-tips", "true");
    }

    private final Vendor vendor;
    private final String url;
    /** The pool; null for a database opened by {@link #openForCommand} (one connection, {@link #single}). */
    private final HikariDataSource pool;
    /**
     * The one connection of a database opened by {@link #openForCommand}, used by the thread that opened it (another
     * thread, should one ask, gets a connection of its own for each use, from {@link #plain}).
     */
    private final Connection single;
    private final Thread owner;
    private final SQLiteDataSource plain;
    private volatile boolean closed;
    private final ThreadLocal<Transaction> current = new ThreadLocal<>();
    /** SQLite has one writer at a time: this process's writers queue here, in order, instead of polling the file. */
    private final ReentrantLock writer = new ReentrantLock(true);
    /** SQLite: the connection of every batch (guarded by {@link #writer}; see {@link #writerConnection}). */
    private Connection writerConnection;
    /** The page cache of the writer's connection, in KiB (SQLite's default is 2,000). */
    static final int WRITER_CACHE_KIB = 32 * 1024;
    /** The SQLite transaction writers of this process are joining now (guarded by {@link #writer}). */
    private Batch batch;
    /**
     * SQLite: what {@link #perBatch} read, kept while no other connection commits (guarded by {@link #writer}), and
     * the writer connection's {@code PRAGMA data_version} it was read at (-1: none yet).
     */
    private final Map<Object, Object> keptReads = new java.util.HashMap<>();
    private long keptVersion = -1;
    /** The most writers one SQLite transaction takes before it is committed. */
    static final int MAX_BATCH = 128;
    /**
     * How long a writer waits for its batch before it looks whether the batch was left open (its last writer gone
     * without committing: a writer queued behind it gave up). Only then does it matter; usually the batch's last
     * writer commits it long before.
     */
    private static final long AWAIT_MS = 20;
    /** How often the checkpointer copies the write-ahead log into the database file while writes come in. */
    private static final long CHECKPOINT_MS = 250;
    /** The log's length (in pages) from which the checkpointer starts it over when the writes are quiet: 16 MiB. */
    static final long RESTART_FRAMES = 4096;
    /**
     * The log's length from which it is started over however busy the writers are: 1 GiB. Starting over holds the
     * writers of this process for two disk flushes (30–50 ms on a virtual disk); under a steady flood of writes
     * (100 MB of log a second: thousands of redemptions a second) doing it every 16 MiB held them a tenth of the
     * time, which was the p99 of every write route.
     */
    static final long BUSY_RESTART_FRAMES = 262_144;
    /** At most this many commits in one round of the checkpointer ({@link #CHECKPOINT_MS}) are quiet writes. */
    static final long QUIET_COMMITS = 25;
    /**
     * How long the writes must have been quiet before a log file a flood made long is cut back (its blocks given back
     * to the disk): a minute. Through a shorter lull the file is kept, started over but not cut, so that the next
     * flood writes into the file's cached pages instead of growing it again a block at a time (each new block of the
     * file costs the commit that writes it a page allocation in the kernel: a tenth of a redemption's CPU). Tests
     * shorten it.
     */
    static volatile long cutAfterQuietMs = 60_000;
    /** jOOQ's settings, made on first use: a command that never speaks jOOQ (buyers rfm, stats) does not load them. */
    private volatile Settings jooqSettings;
    /** Prepared statements kept per physical connection (see {@link #prepared}). */
    private final Map<Connection, Map<String, PreparedStatement>> statements = new ConcurrentHashMap<>();
    private final List<Runnable> closeHooks = new java.util.concurrent.CopyOnWriteArrayList<>();
    /** SQLite: the batches committed so far (counted holding the writer lock). */
    private volatile long commits;
    private Thread checkpointer;

    /**
     * How a server database isolates a transaction from concurrent ones. SQLite has one writer at a time, so every
     * transaction there is serializable whatever is asked.
     */
    public enum Isolation {
        /** One writer at a time on the whole database, whatever process it is in (the default). */
        SERIALIZED,
        /**
         * No writer lock; each statement sees what was committed before it: for writes that are atomic by themselves
         * ({@code INSERT … ON CONFLICT DO NOTHING} of scans) and for long reads.
         */
        READ_COMMITTED
    }

    /** The advisory lock every serialized transaction on PostgreSQL takes first (any number; "mallcrm" in ASCII). */
    static final long WRITER_LOCK = 0x6d616c6c63726dL;

    /** The transaction of one thread: its connection, and how deep the nested ones go (savepoints). */
    private static final class Transaction {
        final Connection connection;
        int depth;
        /** What {@link #perTransaction} read in this transaction. */
        Map<Object, Object> kept;
        /** SQLite: the batch this transaction is a member of ({@link #perBatch}); null on PostgreSQL. */
        Batch batch;

        Transaction(Connection connection) {
            this.connection = connection;
        }
    }

    private Settings jooqSettings() {
        Settings s = jooqSettings;
        if (s == null) {
            s = new Settings().withExecuteLogging(false).withRenderSchema(false).withRenderCatalog(false);
            jooqSettings = s;
        }
        return s;
    }

    private Database(Vendor vendor, String url, HikariDataSource pool) {
        this.vendor = vendor;
        this.url = url;
        this.pool = pool;
        this.single = null;
        this.owner = null;
        this.plain = null;
    }

    private Database(String url, SQLiteDataSource plain, Connection single) {
        this.vendor = Vendor.SQLITE;
        this.url = url;
        this.pool = null;
        this.plain = plain;
        this.single = single;
        this.owner = Thread.currentThread();
    }

    /** Opens (creating and migrating when needed) an SQLite database file. */
    public static Database open(Path file) {
        return open(file, 4);
    }

    public static Database open(Path file, int poolSize) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
        } catch (java.io.IOException e) {
            throw new IllegalStateException("cannot create the folder of " + file + ": " + e.getMessage(), e);
        }
        return open("jdbc:sqlite:" + file.toAbsolutePath(), null, null, poolSize);
    }

    /**
     * Opens the database at a JDBC URL ({@code jdbc:sqlite:FILE} or {@code jdbc:postgresql://…}) and migrates it.
     *
     * @param user     for a server database; null to take it from the URL (or the server's default)
     * @param password likewise
     * @throws IllegalArgumentException     for a URL of another kind, or a database holding other tables
     * @throws DatabaseUnavailableException when the server cannot be reached or refuses the login
     */
    public static Database open(String url, String user, String password, int poolSize) {
        return open(url, user, password, poolSize, upgrade -> { });
    }

    /**
     * As {@link #open(String, String, String, int)}; {@code upgrading} is told, in a sentence for the person
     * waiting, when an existing database's schema is about to be upgraded to this build's (a migration may rewrite
     * a large table: V21 takes seconds per million scans). A new database is created without a word.
     */
    public static Database open(String url, String user, String password, int poolSize,
            Consumer<String> upgrading) {
        Vendor vendor = Vendor.of(url);
        HikariDataSource pool;
        try {
            pool = new HikariDataSource(config(vendor, url, user, password, poolSize));
        } catch (HikariPool.PoolInitializationException e) {
            if (vendor == Vendor.SQLITE) {
                throw fileProblem(url, e);
            }
            throw new DatabaseUnavailableException("cannot open the database at " + redacted(url) + ": "
                    + rootMessage(e), e);
        }
        Database db = new Database(vendor, url, pool);
        try {
            db.migrate(upgrading);
            if (vendor == Vendor.SQLITE) {
                db.startCheckpointer();
            }
            return db;
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
    }

    /**
     * Opens the database for one command of one thread that mostly reads (a report, {@code buyers rfm}): the same as
     * {@link #open(String, String, String, int)} — the same stores, transactions and outcomes — but, for an SQLite
     * file whose schema is up to date, started cheaply: one plain connection with the same settings instead of a
     * pool, no checkpointer (SQLite checkpoints the log by itself when this process writes: rarely, a kept
     * summary), and the schema checked by reading Flyway's history table instead of starting Flyway. A file that is
     * missing, new, behind the build's migrations or not a mallcrm database is opened by {@code open} instead (it
     * migrates, or refuses, exactly as it does for every command); so is a server database.
     */
    public static Database openForCommand(String url, String user, String password, int poolSize) {
        return openForCommand(url, user, password, poolSize, upgrade -> { });
    }

    /** As {@link #openForCommand(String, String, String, int)}, telling {@code upgrading} as {@code open} does. */
    public static Database openForCommand(String url, String user, String password, int poolSize,
            Consumer<String> upgrading) {
        if (Vendor.of(url) != Vendor.SQLITE) {
            return open(url, user, password, poolSize, upgrading);
        }
        SQLiteDataSource plain = sqliteSource(url, false);
        Connection c;
        try {
            c = plain.getConnection();
        } catch (SQLException e) {
            // missing (opened without CREATE), unreadable, locked: the usual way says what it is, or creates it
            return open(url, user, password, poolSize, upgrading);
        }
        boolean upToDate;
        try {
            upToDate = schema(Vendor.SQLITE, url, c) == Schema.CURRENT;
        } catch (RuntimeException e) {
            upToDate = false;
        }
        if (!upToDate) {
            try {
                c.close();
            } catch (SQLException ignored) {
                // opened again below
            }
            return open(url, user, password, poolSize, upgrading);
        }
        return new Database(url, plain, c);
    }

    /**
     * An SQLite file's connections: foreign keys on, WAL, synchronous NORMAL, the busy timeout; a pooled one leaves
     * the log's checkpoints to the checkpointer, a command's own connection ({@code !pooled}) to SQLite, and opens
     * only a file that exists (a new one is created and migrated by {@link #open}).
     */
    private static SQLiteDataSource sqliteSource(String url, boolean pooled) {
        SQLiteConfig config = new SQLiteConfig();
        config.enforceForeignKeys(true);
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
        config.setBusyTimeout(BUSY_TIMEOUT_MS);
        config.setDateClass("TEXT");
        // the driver would otherwise run SELECT last_insert_rowid() after every INSERT (a statement prepared and
        // run per row written); jOOQ reads generated ids with RETURNING
        config.setGetGeneratedKeys(false);
        if (!pooled) {
            config.resetOpenMode(org.sqlite.SQLiteOpenMode.CREATE);
        }
        SQLiteDataSource ds = new SQLiteDataSource(config);
        ds.setUrl(url);
        return ds;
    }

    private static HikariConfig config(Vendor vendor, String url, String user, String password, int poolSize) {
        HikariConfig c = new HikariConfig();
        c.setPoolName("mallcrm");
        c.setMaximumPoolSize(Math.max(2, poolSize)); // Flyway holds two connections at once
        c.setMinimumIdle(1);
        c.setConnectionTimeout(BUSY_TIMEOUT_MS);
        c.setRegisterMbeans(false);
        c.setAutoCommit(true);
        if (vendor == Vendor.SQLITE) {
            c.setDataSource(sqliteSource(url, true));
            // a file's connections live as long as the process: their prepared statements are kept with them
            c.setIdleTimeout(0);
            c.setMaxLifetime(0);
            c.setKeepaliveTime(0);
            // the log is copied into the database by the checkpointer beside the writers, not by the writer whose
            // commit happens to fill it (see checkpoints())
            c.setConnectionInitSql("PRAGMA wal_autocheckpoint = 0");
        } else {
            c.setJdbcUrl(url);
            c.setDriverClassName("org.postgresql.Driver");
            if (user != null) {
                c.setUsername(user);
            }
            if (password != null) {
                c.setPassword(password);
            }
            c.setTransactionIsolation("TRANSACTION_READ_COMMITTED");
            // a lock is waited for no longer than SQLite's busy timeout (batches keep their per-row counts: no rewriting)
            c.addDataSourceProperty("ApplicationName", "mallcrm");
            c.setConnectionInitSql("SET lock_timeout = " + BUSY_TIMEOUT_MS);
            c.setIdleTimeout(0);
            c.setMaxLifetime(30 * 60_000L);
        }
        return c;
    }

    private void migrate(Consumer<String> upgrading) {
        try {
            Schema schema = schema();
            if (schema == Schema.CURRENT) {
                return;
            }
            Flyway flyway = Flyway.configure()
                    .dataSource(pool)
                    .locations("classpath:" + vendor.migrationFolder())
                    .load();
            if (schema == Schema.BEHIND) {
                MigrationInfo[] pending = flyway.info().pending();
                if (pending.length > 0) {
                    upgrading.accept(upgradeNote(pending));
                }
            }
            flyway.migrate();
        } catch (FlywayException e) {
            if (e.getErrorCode() == CoreErrorCode.NON_EMPTY_SCHEMA_WITHOUT_SCHEMA_HISTORY_TABLE) {
                throw new IllegalArgumentException(redacted(url).replace("jdbc:sqlite:", "")
                        + " is not a mallcrm database: it holds other tables; use a new "
                        + (vendor == Vendor.SQLITE ? "file for --db" : "database for --db-url"), e);
            }
            if (SqlFailure.of(e) == SqlFailure.BUSY) {
                throw new StorageBusyException("the database is busy (another process is migrating it); try again", e);
            }
            throw e;
        }
    }

    /** What an existing database's schema is to this build's, read from Flyway's history table. */
    private enum Schema {
        /** No history table: a new database (or not a mallcrm one: Flyway refuses it). */
        NEW,
        /** Every migration the build lists applied successfully: Flyway (and the time it takes to start) skipped. */
        CURRENT,
        /** Some applied, some not (or in doubt): Flyway decides. */
        BEHIND
    }

    private Schema schema() {
        try (Connection c = pool.getConnection()) {
            return schema(vendor, url, c);
        } catch (SQLException e) {
            if (SqlFailure.of(e) == SqlFailure.BUSY && vendor == Vendor.POSTGRESQL) {
                throw new DatabaseUnavailableException("cannot reach the database at " + redacted(url) + ": "
                        + e.getMessage(), e);
            }
            return Schema.BEHIND;
        }
    }

    /** The sentence {@code upgrading} hears: the database, and the migrations about to run on it. */
    private String upgradeNote(MigrationInfo[] pending) {
        List<String> names = new ArrayList<>();
        for (MigrationInfo m : pending) {
            names.add("V" + m.getVersion() + " " + m.getDescription());
        }
        return "upgrading the schema of " + redacted(url).replace("jdbc:sqlite:", "") + " to this build's ("
                + String.join(", ", names) + "): done once, and on a large database it takes a while …";
    }

    private static Schema schema(Vendor vendor, String url, Connection c) {
        List<String> expected = migrationVersions();
        if (expected.isEmpty()) {
            return Schema.BEHIND;
        }
        String exists = vendor == Vendor.SQLITE
                ? "select count(*) from sqlite_master where type = 'table' and name = 'flyway_schema_history'"
                : "select count(*) from information_schema.tables where table_schema = current_schema() "
                        + "and table_name = 'flyway_schema_history'";
        try (Statement st = c.createStatement()) {
            try (var rs = st.executeQuery(exists)) {
                if (!rs.next() || rs.getInt(1) == 0) {
                    return Schema.NEW;
                }
            }
            Set<String> applied = new HashSet<>();
            try (var rs = st.executeQuery("select version from flyway_schema_history where success "
                    + (vendor == Vendor.SQLITE ? "= 1" : "") + " and version is not null")) {
                while (rs.next()) {
                    applied.add(rs.getString(1));
                }
            }
            // a newer mallcrm's schema: this build would write rows that break its rules; refuse, untouched
            List<String> unknown = applied.stream().filter(v -> !expected.contains(v)).sorted(VERSION_ORDER).toList();
            if (!unknown.isEmpty()) {
                throw new IllegalArgumentException(redacted(url).replace("jdbc:sqlite:", "")
                        + " was written by a newer mallcrm: its schema has migration V" + String.join(", V", unknown)
                        + ", which this build does not know (it knows up to V"
                        + expected.stream().max(VERSION_ORDER).orElseThrow()
                        + "); open it with that mallcrm or a newer one");
            }
            return applied.containsAll(expected) ? Schema.CURRENT : Schema.BEHIND;
        } catch (SQLException e) {
            if (SqlFailure.of(e) == SqlFailure.BUSY && vendor == Vendor.POSTGRESQL) {
                throw new DatabaseUnavailableException("cannot reach the database at " + redacted(url) + ": "
                        + e.getMessage(), e);
            }
            return Schema.BEHIND;
        }
    }

    /**
     * SQLite: copies the write-ahead log into the database file a few times a second while writes come in, on a
     * thread of its own. SQLite would do it in the commit that fills the log (1,000 pages), and that writer — holding
     * the writer lock, every other writer queued behind it — would pay for copying and syncing the pages of many
     * commits. A passive checkpoint waits for nobody. Under steady writes it never catches up with the log's end
     * (a commit always comes between), so SQLite never starts the log over and it grows without bound (hundreds of
     * megabytes a minute, each frame a new block of the file). So the checkpointer starts it over: it takes the
     * writer lock, commits the open batch, and copies the rest with a RESTART checkpoint, after which the next commit
     * writes the log from its start again (a file a flood made longer than 64 MiB is cut to nothing once the writes
     * have been quiet for {@link #cutAfterQuietMs}). The writers wait for the frames written since the passive
     * checkpoint a moment before and for two disk flushes (tens of milliseconds on a virtual disk). That is done once the log holds {@link #RESTART_FRAMES}
     * frames and the writes are quiet (at most {@link #QUIET_COMMITS} commits in the last round), or paused; under a
     * flood of writes only once it holds {@link #BUSY_RESTART_FRAMES}, so that the flood's requests are held rarely.
     */
    private void startCheckpointer() {
        Thread t = new Thread(() -> {
            long idleRounds = 0;
            long seen = 0;
            long frames = 0;
            long longest = 0;
            long quietRounds = 0;
            while (!Thread.currentThread().isInterrupted()) {
                try {
                    Thread.sleep(CHECKPOINT_MS);
                } catch (InterruptedException e) {
                    return;
                }
                long now = commits;
                long round = now - seen;
                seen = now;
                quietRounds = round <= QUIET_COMMITS ? quietRounds + 1 : 0;
                // writes outside a unit of work (imports that commit by themselves) are not seen: checkpoint anyway
                // every few seconds; a log due to start over is looked at as soon as the writes pause
                if (round == 0 && frames < RESTART_FRAMES && !cutDue(longest, quietRounds) && ++idleRounds < 20) {
                    continue;
                }
                idleRounds = 0;
                try (Connection c = pool.getConnection(); Statement st = c.createStatement()) {
                    try (var rs = st.executeQuery("PRAGMA wal_checkpoint(PASSIVE)")) {
                        if (rs.next()) {
                            frames = rs.getLong(2);
                        }
                    }
                    longest = Math.max(longest, frames);
                    boolean quiet = round <= QUIET_COMMITS;
                    // a long file is cut once the writes have been quiet for a while (a log that started over by
                    // itself, a commit finding it all copied, can still be a long file)
                    boolean cut = cutDue(longest, quietRounds);
                    boolean due = frames >= BUSY_RESTART_FRAMES || (quiet && frames >= RESTART_FRAMES) || cut;
                    if (due && writer.tryLock(CHECKPOINT_MS, TimeUnit.MILLISECONDS)) {
                        try {
                            if (batch != null) {
                                finish(batch);
                            }
                            // another process's writer or a long reader is not waited for long: the writers of
                            // this process wait behind this lock (busy, the next round tries again)
                            st.execute("PRAGMA busy_timeout = " + CHECKPOINT_MS);
                            // a file a flood made long is cut to nothing when the writes have been quiet for a
                            // while (cutting a gigabyte takes a moment: not while they are waiting); otherwise its
                            // pages are reused
                            try (var rs = st.executeQuery("PRAGMA wal_checkpoint(" + (cut ? "TRUNCATE" : "RESTART")
                                    + ")")) {
                                // started over (not busy): nothing to look at until the writes fill it again
                                if (rs.next() && rs.getInt(1) == 0) {
                                    frames = 0;
                                    longest = cut ? 0 : longest;
                                }
                            } finally {
                                st.execute("PRAGMA busy_timeout = " + BUSY_TIMEOUT_MS);
                            }
                        } finally {
                            writer.unlock();
                        }
                    }
                } catch (InterruptedException e) {
                    return;
                } catch (SQLException | RuntimeException e) {
                    // busy, or the database closing: the next round does it; the log stays valid meanwhile
                }
            }
        }, "mallcrm-checkpointer");
        t.setDaemon(true);
        checkpointer = t;
        t.start();
    }

    /**
     * Whether the checkpointer cuts the log file: a flood made it long ({@code longest} frames, more than four times
     * {@link #RESTART_FRAMES}) and the writes have been quiet for {@link #cutAfterQuietMs} ({@code quietRounds}).
     */
    private static boolean cutDue(long longest, long quietRounds) {
        return longest > 4 * RESTART_FRAMES && quietRounds * CHECKPOINT_MS >= cutAfterQuietMs;
    }

    /** Migration versions in Flyway's order: "9" before "13", "3" before "3.1". */
    static final java.util.Comparator<String> VERSION_ORDER = (a, b) -> {
        String[] x = a.split("\\.");
        String[] y = b.split("\\.");
        for (int i = 0; i < Math.min(x.length, y.length); i++) {
            int c = x[i].matches("\\d{1,18}") && y[i].matches("\\d{1,18}")
                    ? Long.compare(Long.parseLong(x[i]), Long.parseLong(y[i])) : x[i].compareTo(y[i]);
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(x.length, y.length);
    };

    /** Versions of the migrations in the build's index: "V3_1__x.sql" is "3.1". */
    static List<String> migrationVersions() {
        try (var in = Database.class.getResourceAsStream("/db/migrations.index")) {
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

    public Vendor vendor() {
        return vendor;
    }

    /** Whether this database has a pool (false: opened by {@link #openForCommand} with one connection). */
    boolean pooled() {
        return pool != null;
    }

    /** The JDBC URL this database was opened with. */
    public String url() {
        return url;
    }

    /** The URL with any password in it blanked out, for messages. */
    public static String redacted(String url) {
        return url.replaceAll("(?i)(password=)[^&]*", "$1***");
    }

    /**
     * Runs {@code work} in one transaction on one connection that every repository call inside it shares, and
     * commits it. A call inside another joins it (as a savepoint, so that its failure alone can be undone).
     */
    public <T> T inTransaction(Supplier<T> work) {
        return inTransaction(work, r -> true);
    }

    /**
     * Runs {@code work} in one transaction and commits it when {@code keep} accepts the result; otherwise undoes
     * everything the work wrote and still returns the result. This is how a refused outcome leaves nothing behind
     * without an exception. Nested calls join the outer transaction: a nested refusal undoes only what the nested
     * work wrote (a savepoint), and the outer work decides about the rest.
     */
    public <T> T inTransaction(Supplier<T> work, Predicate<? super T> keep) {
        return inTransaction(Isolation.SERIALIZED, work, keep);
    }

    /** {@link #inTransaction(Supplier)} with another isolation; a nested call keeps the outer one's. */
    public <T> T inTransaction(Isolation isolation, Supplier<T> work) {
        return inTransaction(isolation, work, r -> true);
    }

    private <T> T inTransaction(Isolation isolation, Supplier<T> work, Predicate<? super T> keep) {
        Transaction tx = current.get();
        if (tx != null) {
            return nested(tx, work, keep);
        }
        if (vendor == Vendor.SQLITE) {
            return inGroup(work, keep);
        }
        Connection c = connection();
        tx = new Transaction(c);
        current.set(tx);
        try {
            begin(c, isolation);
            T result;
            try {
                result = work.get();
            } catch (RuntimeException | Error e) {
                rollbackQuietly(c);
                throw translateRuntime(e);
            }
            if (keep.test(result)) {
                commit(c);
            } else {
                rollback(c);
            }
            return result;
        } catch (SQLException e) {
            rollbackQuietly(c);
            throw translate(e);
        } finally {
            current.remove();
            release(c);
        }
    }

    /**
     * SQLite's group commit. The writers of this process take the writer lock one at a time, as before; the first
     * opens a batch ({@code BEGIN IMMEDIATE} on one connection), and each runs its work in that transaction behind a
     * savepoint of its own, so that its failure or refusal undoes only its own writes. A writer that finds others
     * queued behind it leaves the batch open for them; the one that finds nobody queued (or fills the batch) commits
     * it. Nobody returns before the batch that holds its work is committed: a result is never seen before it is
     * stored, and a failed commit fails every writer of the batch (nothing of theirs was stored: try again). A
     * writer waiting for its batch commits it itself if the batch is left open (its last writer gone), so no batch
     * waits for a writer that never comes.
     */
    private <T> T inGroup(Supplier<T> work, Predicate<? super T> keep) {
        lockWriter();
        Batch b;
        T result = null;
        Throwable failure = null;
        try {
            b = batch;
            if (b == null) {
                Connection c = writerConnection();
                try {
                    control(c, "BEGIN IMMEDIATE");
                } catch (SQLException e) {
                    if (pool == null) {
                        release(c);
                    } else {
                        dropWriterConnection();
                    }
                    throw translate(e);
                }
                b = new Batch(c);
                batch = b;
            }
            Transaction tx = new Transaction(b.connection);
            tx.batch = b;
            current.set(tx);
            try {
                control(b.connection, "SAVEPOINT mc_member");
                try {
                    result = work.get();
                    if (keep.test(result)) {
                        b.kept++;
                    } else {
                        control(b.connection, "ROLLBACK TO SAVEPOINT mc_member");
                    }
                } catch (RuntimeException | Error e) {
                    failure = e;
                    control(b.connection, "ROLLBACK TO SAVEPOINT mc_member");
                }
                control(b.connection, "RELEASE SAVEPOINT mc_member");
            } catch (SQLException e) {
                // the transaction itself is gone (SQLite rolls back the whole of it on some errors): so is the
                // work of every writer of the batch
                b.broken = translate(e);
                if (failure == null) {
                    failure = b.broken;
                }
            } finally {
                current.remove();
            }
            b.members++;
            if (b.broken != null || b.members >= MAX_BATCH || !writer.hasQueuedThreads()) {
                finish(b);
            }
        } finally {
            writer.unlock();
        }
        awaitCommit(b);
        if (b.failure != null) {
            throw b.failure;
        }
        if (failure instanceof RuntimeException r) {
            throw translateRuntime(r);
        }
        if (failure instanceof Error e) {
            throw e;
        }
        return result;
    }

    /** Commits (or, broken, rolls back) the open batch; called holding the writer lock. */
    private void finish(Batch b) {
        batch = null;
        Connection c = b.connection;
        boolean clean = false;
        try {
            if (b.broken != null) {
                rollbackQuietly(c);
                b.failure = b.broken;
            } else if (b.kept == 0) {
                // every writer was refused or failed: their savepoints are undone already, and a commit would still
                // write the pages they touched (the file would change with nothing stored)
                control(c, "ROLLBACK");
            } else {
                control(c, "COMMIT");
                commits = commits + 1;
            }
            clean = b.broken == null;
        } catch (SQLException | RuntimeException e) {
            rollbackQuietly(c);
            b.failure = e instanceof SQLException s ? translate(s) : translateRuntime(e);
        } finally {
            if (pool == null) {
                release(c);
            } else if (!clean) {
                // whatever state a failed transaction left the connection in, the next batch starts on a new one
                dropWriterConnection();
            }
            b.committed.countDown();
        }
    }

    /** Waits for the batch to be committed, committing it when its last writer left it open. */
    private void awaitCommit(Batch b) {
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    if (b.committed.await(AWAIT_MS, TimeUnit.MILLISECONDS)) {
                        return;
                    }
                } catch (InterruptedException e) {
                    interrupted = true;
                }
                if (writer.tryLock()) {
                    try {
                        if (batch == b) {
                            finish(b);
                        }
                    } finally {
                        writer.unlock();
                    }
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private <T> T nested(Transaction tx, Supplier<T> work, Predicate<? super T> keep) {
        Connection c = tx.connection;
        String savepoint = "mc_nested_" + (++tx.depth);
        try {
            control(c, "SAVEPOINT " + savepoint);
            T result;
            try {
                result = work.get();
            } catch (RuntimeException | Error e) {
                try {
                    control(c, "ROLLBACK TO SAVEPOINT " + savepoint);
                    control(c, "RELEASE SAVEPOINT " + savepoint);
                } catch (SQLException ignored) {
                    // the outer transaction fails with the original error anyway
                }
                throw e;
            }
            if (!keep.test(result)) {
                control(c, "ROLLBACK TO SAVEPOINT " + savepoint);
            }
            control(c, "RELEASE SAVEPOINT " + savepoint);
            return result;
        } catch (SQLException e) {
            throw translate(e);
        } finally {
            tx.depth--;
        }
    }

    /** One SQLite transaction shared by the writers that came while it was open (see {@link #inGroup}). */
    private static final class Batch {
        final Connection connection;
        final java.util.concurrent.CountDownLatch committed = new java.util.concurrent.CountDownLatch(1);
        int members;
        /** How many writers' work is kept (neither refused nor failed). */
        int kept;
        /** Set when the transaction itself failed: the whole batch is rolled back. */
        RuntimeException broken;
        /** Set when the batch was not stored: every writer of it fails with this. */
        volatile RuntimeException failure;
        /** Whether {@link #perBatch} has checked in this batch that nobody else wrote since its values were read. */
        boolean checked;
        /** Set once a writer of what {@link #perBatch} keeps called {@link #forgetBatch}: nothing is kept after it. */
        boolean unkept;

        Batch(Connection connection) {
            this.connection = connection;
        }
    }

    /**
     * SQLite: the connection every batch runs on, opened beside the pool and kept (called holding the writer lock).
     * One connection for all writes keeps its page cache: SQLite empties a connection's cache whenever another
     * connection has committed since its last transaction, so batches on changing pooled connections read every page
     * they touch from the file again. Its cache is {@link #WRITER_CACHE_KIB}; it is closed with the database.
     */
    private Connection writerConnection() {
        if (pool == null) {
            // opened by openForCommand: the command's own connection (given back after the batch, see finish)
            return connection();
        }
        if (writerConnection == null) {
            try {
                Connection c = pool.getDataSource().getConnection();
                try (Statement st = c.createStatement()) {
                    st.execute("PRAGMA wal_autocheckpoint = 0");
                    st.execute("PRAGMA cache_size = -" + WRITER_CACHE_KIB);
                }
                writerConnection = c;
            } catch (SQLException e) {
                throw translate(e);
            }
        }
        return writerConnection;
    }

    /** Closes the writer's connection (after a failed batch, or at close); the next batch opens a new one. */
    private void dropWriterConnection() {
        Connection c = writerConnection;
        writerConnection = null;
        // data_version counts per connection: what was kept is not known against the next one
        keptReads.clear();
        keptVersion = -1;
        if (c != null) {
            statements.remove(c);
            closeQuietly(c);
        }
    }

    private boolean lockWriter() {
        try {
            if (writer.tryLock(BUSY_TIMEOUT_MS, TimeUnit.MILLISECONDS)) {
                return true;
            }
            throw new StorageBusyException("the database is busy (another writer of this process has held it for "
                    + BUSY_TIMEOUT_MS / 1000 + " s); try again", null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StorageBusyException("interrupted while waiting for the database", e);
        }
    }

    private void begin(Connection c, Isolation isolation) throws SQLException {
        if (vendor == Vendor.SQLITE) {
            execute(c, "BEGIN IMMEDIATE");
        } else {
            c.setAutoCommit(false);
            if (isolation == Isolation.SERIALIZED) {
                try (Statement st = c.createStatement()) {
                    st.execute("SELECT pg_advisory_xact_lock(" + WRITER_LOCK + ")");
                }
            }
        }
    }

    private void commit(Connection c) throws SQLException {
        if (vendor == Vendor.SQLITE) {
            execute(c, "COMMIT");
        } else {
            c.commit();
            c.setAutoCommit(true);
        }
    }

    private void rollback(Connection c) throws SQLException {
        if (vendor == Vendor.SQLITE) {
            execute(c, "ROLLBACK");
        } else {
            c.rollback();
            c.setAutoCommit(true);
        }
    }

    private void rollbackQuietly(Connection c) {
        try {
            rollback(c);
        } catch (SQLException | RuntimeException ignored) {
            // the original failure is what matters
        }
    }

    /** A statement that begins or ends a transaction or savepoint, prepared once per connection. */
    private void control(Connection c, String sql) throws SQLException {
        prepared(c, sql).execute();
    }

    private static void execute(Connection c, String sql) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.execute(sql);
        }
    }

    /**
     * A value read once per transaction: inside one, the first call reads it and the later calls of the same
     * transaction get it back (until {@link #forget} — the writer of the value calls it); outside one, every call
     * reads. For what a use case asks for again and again within one unit of work (the mall's settings, a thousand
     * times in an import of a thousand leases) and that a transaction sees as of its first read anyway.
     */
    @SuppressWarnings("unchecked")
    public <T> T perTransaction(Object key, Supplier<T> read) {
        Transaction tx = current.get();
        if (tx == null) {
            return read.get();
        }
        if (tx.kept == null) {
            tx.kept = new java.util.HashMap<>();
        }
        Object v = tx.kept.get(key);
        if (v == null) {
            v = read.get();
            tx.kept.put(key, v);
        }
        return (T) v;
    }

    /** Drops what {@link #perTransaction} keeps under this key in the current transaction (its value was written). */
    public void forget(Object key) {
        Transaction tx = current.get();
        if (tx != null && tx.kept != null) {
            tx.kept.remove(key);
        }
    }

    /**
     * A value read once and kept for the SQLite writers that follow ({@link #inGroup}) until something may have
     * changed it: another connection or process committed (the writer connection's {@code PRAGMA data_version}
     * moved, checked once per batch while the batch holds SQLite's write lock), or a writer of the value in this
     * process called {@link #forgetBatch}. For rows read on every claim or redemption that change seldom and that only
     * one store writes (a campaign's terms). Nothing is kept from a writer's {@link #forgetBatch} to the end of its
     * batch, so a value kept was read before any write to it in its batch and no savepoint undone later (nor a batch
     * rolled back) can leave a kept value behind. Outside a transaction, on PostgreSQL (a transaction per writer) and
     * on a database opened for one command, every call reads.
     */
    @SuppressWarnings("unchecked")
    public <T> T perBatch(Object key, Supplier<T> read) {
        Transaction tx = current.get();
        if (tx == null || tx.batch == null || tx.batch.unkept || pool == null) {
            return read.get();
        }
        Batch b = tx.batch;
        if (!b.checked) {
            long version;
            try (java.sql.ResultSet rs = prepared(b.connection, "PRAGMA data_version").executeQuery()) {
                version = rs.next() ? rs.getLong(1) : -1;
            } catch (SQLException e) {
                throw translate(e);
            }
            if (version == -1 || version != keptVersion) {
                keptReads.clear();
                keptVersion = version;
            }
            b.checked = true;
        }
        Object v = keptReads.get(key);
        if (v == null) {
            v = read.get();
            if (v != null && !b.unkept) {
                keptReads.put(key, v);
            }
        }
        return (T) v;
    }

    /**
     * Called by a writer of what {@link #perBatch} keeps, before it writes: everything kept is dropped, and nothing
     * more is kept until its batch is committed (the next batch reads afresh).
     */
    public void forgetBatch() {
        Transaction tx = current.get();
        if (tx != null && tx.batch != null) {
            tx.batch.unkept = true;
            keptReads.clear();
        }
    }

    /** Whether this thread is inside {@link #inTransaction}. */
    public boolean inTransactionOnThisThread() {
        return current.get() != null;
    }

    /** Runs {@code work} with the transaction's connection, or a pooled one in auto-commit mode. */
    public <T> T withConnection(Function<Connection, T> work) {
        Transaction tx = current.get();
        if (tx != null) {
            return work.apply(tx.connection);
        }
        Connection c = connection();
        try {
            return work.apply(c);
        } catch (RuntimeException e) {
            throw translateRuntime(e);
        } finally {
            release(c);
        }
    }

    /** jOOQ over the current connection (see {@link #withConnection}). */
    public <T> T dsl(Function<DSLContext, T> work) {
        return withConnection(c -> work.apply(DSL.using(c, vendor.dialect(), jooqSettings())));
    }

    /**
     * A prepared statement for {@code sql} on the physical connection under {@code c}, prepared once and kept with
     * that connection: the routes asked thousands of times a second (a token's principal, a trip's code, a scan)
     * skip parsing and planning. Do not close it; do not hand it to another thread.
     */
    public PreparedStatement prepared(Connection c, String sql) throws SQLException {
        Connection physical = c.isWrapperFor(Connection.class) ? c.unwrap(Connection.class) : c;
        Map<String, PreparedStatement> mine = statements.get(physical);
        if (mine == null) {
            statements.keySet().removeIf(Database::isClosed);
            mine = statements.computeIfAbsent(physical, k -> new ConcurrentHashMap<>());
        }
        PreparedStatement ps = mine.get(sql);
        if (ps == null || ps.isClosed()) {
            ps = physical.prepareStatement(sql);
            mine.put(sql, ps);
        }
        return ps;
    }

    /** Binds a calendar day to a plain JDBC statement: ISO text in SQLite, a {@code date} in PostgreSQL. */
    public void setDate(PreparedStatement ps, int index, java.time.LocalDate day) throws SQLException {
        if (vendor == Vendor.SQLITE) {
            ps.setString(index, day.toString());
        } else {
            ps.setObject(index, day);
        }
    }

    /** Reads a calendar day from a plain JDBC result (see {@link #setDate}). */
    public java.time.LocalDate getDate(java.sql.ResultSet rs, int index) throws SQLException {
        if (vendor == Vendor.SQLITE) {
            String s = rs.getString(index);
            return s == null ? null : java.time.LocalDate.parse(s);
        }
        return rs.getObject(index, java.time.LocalDate.class);
    }

    private static boolean isClosed(Connection c) {
        try {
            return c.isClosed();
        } catch (SQLException e) {
            return true;
        }
    }

    /**
     * The id of the mall with that code; with no code, the only mall (created as {@code MAIN} in a new database).
     *
     * @throws IllegalArgumentException when the code is unknown, or no code is given and there are several
     */
    public long mallId(Optional<String> code, Instant now) {
        // the usual case, a known mall, by plain JDBC and no write transaction: a command's start need not wait for
        // jOOQ to load or for the writer
        Long known = withConnection(c -> {
            try (Statement st = c.createStatement(); var rs = st.executeQuery("select id, code from mall")) {
                Long found = null;
                int malls = 0;
                while (rs.next()) {
                    malls++;
                    if (code.isPresent() ? code.get().equals(rs.getString(2)) : malls == 1) {
                        found = rs.getLong(1);
                    }
                }
                return code.isPresent() || malls == 1 ? found : null;
            } catch (SQLException e) {
                throw translate(e);
            }
        });
        if (known != null) {
            return known;
        }
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
                        .set(Tables.MALL.NAME, "主商场")
                        .set(Tables.MALL.CREATED_AT, now)
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

    private Connection connection() {
        try {
            if (pool != null) {
                return pool.getConnection();
            }
            if (closed) {
                throw new IllegalStateException("database error: the database is closed");
            }
            return Thread.currentThread() == owner ? single : plain.getConnection();
        } catch (SQLException e) {
            throw translate(e);
        }
    }

    /** Gives a connection of {@link #connection()} back (the command's own one stays open until {@link #close}). */
    private void release(Connection c) {
        if (c != single) {
            closeQuietly(c);
        }
    }

    private static void closeQuietly(Connection c) {
        try {
            c.close();
        } catch (SQLException ignored) {
            // the pool replaces a broken connection by itself
        }
    }

    /** A busy database or a failed serialization becomes a temporary failure; anything else an internal error. */
    static RuntimeException translate(SQLException e) {
        if (SqlFailure.of(e) == SqlFailure.BUSY) {
            return busy(e);
        }
        return new IllegalStateException("database error: " + e.getMessage(), e);
    }

    private static RuntimeException translateRuntime(Throwable e) {
        if (!(e instanceof StorageBusyException) && SqlFailure.of(e) == SqlFailure.BUSY) {
            return busy(e);
        }
        if (e instanceof RuntimeException r) {
            return r;
        }
        throw (Error) e;
    }

    private static StorageBusyException busy(Throwable e) {
        return new StorageBusyException("the database is busy (another writer holds it, or a concurrent change "
                + "came first); try again", e);
    }

    /** Why an SQLite file cannot be opened, in words that name the file and what to do. */
    private static DatabaseFileException fileProblem(String url, Exception e) {
        String file = url.substring("jdbc:sqlite:".length());
        int q = file.indexOf('?');
        Path path = Path.of(q < 0 ? file : file.substring(0, q)).toAbsolutePath();
        Path folder = path.getParent();
        String reason;
        if (Files.isDirectory(path)) {
            reason = "it is a folder, not a database file";
        } else if (folder != null && !Files.isDirectory(folder)) {
            reason = "its folder " + folder + " does not exist";
        } else if (rootMessage(e).contains("SQLITE_NOTADB")) {
            reason = "it is not a database file (SQLite cannot read it)";
        } else if (Files.exists(path) && !(Files.isReadable(path) && Files.isWritable(path))) {
            reason = "no permission to read and write it";
        } else if (!Files.exists(path) && folder != null && !Files.isWritable(folder)) {
            reason = "no permission to create it in " + folder;
        } else {
            reason = rootMessage(e);
        }
        return new DatabaseFileException("cannot open " + path + ": " + reason + "; --db takes a mallcrm database "
                + "file, or the name of a new file to create one", e);
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return String.valueOf(t.getMessage());
    }

    /** Runs {@code hook} once this database is closed (a test's temp folder removed, say). */
    public void whenClosed(Runnable hook) {
        closeHooks.add(hook);
    }

    @Override
    public void close() {
        if (pool == null ? closed : pool.isClosed()) {
            return;
        }
        closed = true;
        for (Map<String, PreparedStatement> mine : statements.values()) {
            for (PreparedStatement ps : mine.values()) {
                try {
                    ps.close();
                } catch (SQLException ignored) {
                    // closing anyway
                }
            }
        }
        statements.clear();
        if (checkpointer != null) {
            checkpointer.interrupt();
            try {
                checkpointer.join(5_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (writerConnection != null) {
            writer.lock();
            try {
                dropWriterConnection();
            } finally {
                writer.unlock();
            }
        }
        if (pool != null) {
            pool.close();
        } else {
            closeQuietly(single);
        }
        for (Runnable hook : closeHooks) {
            hook.run();
        }
    }
}
