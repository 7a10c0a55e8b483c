package org.mallcrm.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link Database#openForCommand}: one connection for an up-to-date SQLite file, and otherwise exactly what
 * {@link Database#open} does (create, migrate, refuse).
 */
class OpenForCommandTest {

    @TempDir
    Path dir;

    private static String url(Path file) {
        return "jdbc:sqlite:" + file.toAbsolutePath();
    }

    private static List<String> applied(Path file) throws Exception {
        try (Connection c = DriverManager.getConnection(url(file)); Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("select version from flyway_schema_history "
                        + "where success = 1 and version is not null")) {
            List<String> versions = new java.util.ArrayList<>();
            while (rs.next()) {
                versions.add(rs.getString(1));
            }
            return versions;
        }
    }

    @Test
    void an_up_to_date_file_is_opened_with_one_connection_that_reads_and_writes_like_the_pool() {
        Path file = dir.resolve("m.db");
        try (Database db = Database.open(file)) {
            TestDatabases.defaultMall(db);
        }
        try (Database db = Database.openForCommand(url(file), null, null, 4)) {
            assertThat(db.pooled()).isFalse();
            long mall = db.mallId(Optional.empty(), java.time.Instant.now());
            assertThat(mall).isPositive();
            // the same foreign keys and busy timeout as a pooled connection
            int foreignKeys = db.withConnection(c -> pragma(c, "foreign_keys"));
            int busyTimeout = db.withConnection(c -> pragma(c, "busy_timeout"));
            String journal = db.withConnection(c -> pragmaText(c, "journal_mode"));
            assertThat(foreignKeys).isEqualTo(1);
            assertThat(busyTimeout).isEqualTo(Database.BUSY_TIMEOUT_MS);
            assertThat(journal).isEqualTo("wal");
            // a transaction on it writes (and a refused one leaves nothing), nested work included
            db.inTransaction(() -> db.withConnection(c -> exec(c, "update mall set name = '改名' where id = " + mall)));
            db.inTransaction(() -> db.inTransaction(
                    () -> db.withConnection(c -> exec(c, "update mall set name = '不留' where id = " + mall))),
                    r -> false);
            // another thread gets a connection of its own
            String[] seen = new String[1];
            Thread t = new Thread(() -> seen[0] = db.withConnection(c -> text(c, "select name from mall")));
            t.start();
            join(t);
            assertThat(seen[0]).isEqualTo("改名");
        }
        try (Database db = Database.open(file)) {
            String name = db.withConnection(c -> text(c, "select name from mall"));
            assertThat(name).isEqualTo("改名");
        }
    }

    @Test
    void a_missing_file_is_created_and_migrated_as_by_open() throws Exception {
        Path file = dir.resolve("new.db");
        try (Database db = Database.openForCommand(url(file), null, null, 4)) {
            assertThat(db.pooled()).isTrue();
            assertThat(TestDatabases.defaultMall(db)).isPositive();
        }
        assertThat(applied(file)).containsExactlyInAnyOrderElementsOf(Database.migrationVersions());
    }

    @Test
    void an_empty_file_is_migrated_as_by_open() throws Exception {
        Path file = dir.resolve("empty.db");
        DriverManager.getConnection(url(file)).close();
        try (Database db = Database.openForCommand(url(file), null, null, 4)) {
            assertThat(db.pooled()).isTrue();
        }
        assertThat(applied(file)).containsExactlyInAnyOrderElementsOf(Database.migrationVersions());
    }

    @Test
    void an_old_schema_is_migrated_first_as_by_open() throws Exception {
        Path file = dir.resolve("old.db");
        Flyway.configure().dataSource(url(file), null, null).locations("classpath:db/migration/sqlite")
                .target("1").load().migrate();
        assertThat(applied(file)).containsExactly("1");
        try (Database db = Database.openForCommand(url(file), null, null, 4)) {
            assertThat(db.pooled()).isTrue();
            assertThat(TestDatabases.defaultMall(db)).isPositive();
        }
        assertThat(applied(file)).containsExactlyInAnyOrderElementsOf(Database.migrationVersions());
        try (Database db = Database.openForCommand(url(file), null, null, 4)) {
            assertThat(db.pooled()).isFalse();
        }
    }

    @Test
    void a_newer_schema_is_refused_untouched_as_by_open() throws Exception {
        Path file = dir.resolve("newer.db");
        try (Database db = Database.open(file)) {
            TestDatabases.defaultMall(db);
        }
        try (Connection c = DriverManager.getConnection(url(file)); Statement st = c.createStatement()) {
            st.execute("insert into flyway_schema_history (installed_rank, version, description, type, script, "
                    + "checksum, installed_by, installed_on, execution_time, success) select max(installed_rank) + 1, "
                    + "'999', 'later', 'SQL', 'V999__later.sql', 0, 'test', '2026-01-01 00:00:00', 0, 1 "
                    + "from flyway_schema_history");
        }
        List<String> before = applied(file);
        String newest = Database.migrationVersions().stream().max(Database.VERSION_ORDER).orElseThrow();
        assertThatThrownBy(() -> Database.open(file))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("was written by a newer mallcrm").hasMessageContaining("V999")
                .hasMessageContaining("knows up to V" + newest);
        assertThatThrownBy(() -> Database.openForCommand(url(file), null, null, 4))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("was written by a newer mallcrm").hasMessageContaining("V999");
        assertThat(applied(file)).isEqualTo(before);
    }

    @Test
    void a_database_of_something_else_is_refused_untouched_as_by_open() throws Exception {
        Path file = dir.resolve("other.db");
        try (Connection c = DriverManager.getConnection(url(file)); Statement st = c.createStatement()) {
            st.execute("create table unrelated (x integer)");
        }
        assertThatThrownBy(() -> Database.openForCommand(url(file), null, null, 4))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("is not a mallcrm database");
        try (Connection c = DriverManager.getConnection(url(file)); Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("select count(*) from sqlite_master where type = 'table'")) {
            rs.next();
            assertThat(rs.getInt(1)).isEqualTo(1);
        }
        assertThat(Files.exists(file)).isTrue();
    }

    private static int pragma(Connection c, String name) {
        return Integer.parseInt(text(c, "pragma " + name));
    }

    private static String pragmaText(Connection c, String name) {
        return text(c, "pragma " + name);
    }

    private static String text(Connection c, String sql) {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Integer exec(Connection c, String sql) {
        try (Statement st = c.createStatement()) {
            return st.executeUpdate(sql);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void join(Thread t) {
        try {
            t.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
