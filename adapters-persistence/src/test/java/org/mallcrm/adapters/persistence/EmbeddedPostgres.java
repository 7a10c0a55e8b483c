package org.mallcrm.adapters.persistence;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One real PostgreSQL server per test JVM (zonky's embedded binaries: no Docker, no network), started on first use
 * and stopped when the JVM ends. Tests get databases cloned from one migrated template; a database a test closed is
 * emptied and handed to the next test instead of creating another.
 */
public final class EmbeddedPostgres {

    private static io.zonky.test.db.postgres.embedded.EmbeddedPostgres server;
    /** Held so the setting sticks: the server's start-up chatter is not test output. */
    private static final java.util.logging.Logger ZONKY = java.util.logging.Logger.getLogger("io.zonky");
    private static final String TEMPLATE = "mallcrm_template";
    private static final AtomicInteger NEXT = new AtomicInteger();
    private static final Deque<String> FREE = new ArrayDeque<>();

    private EmbeddedPostgres() {
    }

    /** The server, started if needed. */
    public static synchronized io.zonky.test.db.postgres.embedded.EmbeddedPostgres server() {
        if (server == null) {
            ZONKY.setLevel(java.util.logging.Level.WARNING);
            try {
                server = io.zonky.test.db.postgres.embedded.EmbeddedPostgres.builder()
                        .setCleanDataDirectory(true)
                        // a test server: durability is not what is tested, speed on a loaded machine matters
                        .setServerConfig("fsync", "off")
                        .setServerConfig("synchronous_commit", "off")
                        .setServerConfig("full_page_writes", "off")
                        .setServerConfig("max_connections", "300")
                        .setServerConfig("max_pred_locks_per_transaction", "1024")
                        .start();
            } catch (java.io.IOException e) {
                throw new IllegalStateException("cannot start the embedded PostgreSQL: " + e.getMessage(), e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    server.close();
                } catch (java.io.IOException ignored) {
                    // the JVM is going away
                }
            }));
            try (Connection c = admin(); Statement st = c.createStatement()) {
                st.execute("CREATE DATABASE " + TEMPLATE);
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
            Database.open(url(TEMPLATE), "postgres", null, 1).close();
        }
        return server;
    }

    /** A JDBC URL of a database on the server (user {@code postgres}, no password). */
    public static String url(String database) {
        return "jdbc:postgresql://localhost:" + server().getPort() + "/" + database + "?user=postgres";
    }

    /** A new, empty database with no tables: for tests of migrations and of {@code db copy}. */
    public static synchronized String blankDatabase() {
        server();
        String name = "blank_" + NEXT.incrementAndGet();
        try (Connection c = admin(); Statement st = c.createStatement()) {
            st.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return url(name);
    }

    /** A migrated database holding nothing, opened; closing it gives it back for the next test. */
    public static Database fresh() {
        String name = take();
        Database db = Database.open(url(name), "postgres", null, 4);
        db.whenClosed(() -> giveBack(name));
        return db;
    }

    private static synchronized String take() {
        server();
        String name = FREE.poll();
        try (Connection c = admin(); Statement st = c.createStatement()) {
            if (name == null) {
                name = "test_" + NEXT.incrementAndGet();
                st.execute("CREATE DATABASE " + name + " TEMPLATE " + TEMPLATE);
                return name;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        empty(name);
        return name;
    }

    private static synchronized void giveBack(String name) {
        FREE.push(name);
    }

    /** Empties every table of a database (but Flyway's history) and restarts its numbering. */
    private static void empty(String name) {
        try (Connection c = DriverManager.getConnection(url(name)); Statement st = c.createStatement()) {
            StringBuilder tables = new StringBuilder();
            try (var rs = st.executeQuery("select tablename from pg_tables where schemaname = 'public' "
                    + "and tablename <> 'flyway_schema_history'")) {
                while (rs.next()) {
                    tables.append(tables.isEmpty() ? "" : ", ").append(rs.getString(1));
                }
            }
            if (!tables.isEmpty()) {
                st.execute("TRUNCATE " + tables + " RESTART IDENTITY CASCADE");
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Connection admin() throws SQLException {
        return DriverManager.getConnection("jdbc:postgresql://localhost:" + server.getPort() + "/postgres?user=postgres");
    }
}
