package org.mallcrm.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MigrationTest {

    @TempDir
    Path dir;

    private static List<String> files(String vendor) throws Exception {
        try (var s = Files.list(Path.of("src/main/resources/db/migration", vendor))) {
            return s.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("V")).sorted().toList();
        }
    }

    @Test
    void the_build_lists_every_migration_file_and_both_vendors_have_the_same_ones() throws Exception {
        assertThat(Database.migrationVersions()).hasSize(files("sqlite").size()).contains("1");
        assertThat(files("postgresql")).isEqualTo(files("sqlite"));
    }

    @Test
    void a_new_database_is_migrated_and_reopening_it_keeps_its_data() {
        Path file = dir.resolve("m.db");
        try (Database db = Database.open(file)) {
            TestDatabases.defaultMall(db);
            List<String> applied = db.dsl(ctx -> ctx.fetch("select version from flyway_schema_history "
                    + "where success = 1 and version is not null").getValues(0, String.class));
            assertThat(applied).containsExactlyInAnyOrderElementsOf(Database.migrationVersions());
        }
        try (Database db = Database.open(file)) {
            Integer malls = db.dsl(ctx -> ctx.fetchOne("select count(*) from mall").get(0, Integer.class));
            assertThat(malls).isEqualTo(1);
        }
    }

    @Test
    void a_new_server_database_is_migrated_from_the_postgresql_migrations() {
        String url = EmbeddedPostgres.blankDatabase();
        try (Database db = Database.open(url, null, null, 2)) {
            assertThat(db.vendor()).isEqualTo(Vendor.POSTGRESQL);
            List<String> applied = db.dsl(ctx -> ctx.fetch("select version from flyway_schema_history "
                    + "where success and version is not null").getValues(0, String.class));
            assertThat(applied).containsExactlyInAnyOrderElementsOf(Database.migrationVersions());
            assertThat(TestDatabases.defaultMall(db)).isPositive();
        }
    }

    @Test
    void an_empty_database_file_is_migrated() throws Exception {
        Path file = dir.resolve("empty.db");
        java.sql.DriverManager.getConnection("jdbc:sqlite:" + file).close();
        try (Database db = Database.open(file)) {
            Integer stalls = db.dsl(ctx -> ctx.fetchOne("select count(*) from stall").get(0, Integer.class));
            assertThat(stalls).isZero();
        }
    }

    @Test
    void a_database_of_something_else_is_refused_untouched() throws Exception {
        Path file = dir.resolve("other.db");
        try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + file);
                var st = c.createStatement()) {
            st.execute("create table unrelated (x integer)");
        }
        assertThatThrownBy(() -> Database.open(file))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("is not a mallcrm database");
        try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + file);
                var rs = c.createStatement().executeQuery("select count(*) from sqlite_master where type = 'table'")) {
            rs.next();
            assertThat(rs.getInt(1)).isEqualTo(1);
        }
    }

    @Test
    void a_server_database_of_something_else_is_refused_untouched() throws Exception {
        String url = EmbeddedPostgres.blankDatabase();
        try (var c = java.sql.DriverManager.getConnection(url); var st = c.createStatement()) {
            st.execute("create table unrelated (x integer)");
        }
        assertThatThrownBy(() -> Database.open(url, null, null, 2))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("is not a mallcrm database");
        try (var c = java.sql.DriverManager.getConnection(url);
                var rs = c.createStatement().executeQuery("select count(*) from pg_tables where schemaname = 'public'")) {
            rs.next();
            assertThat(rs.getInt(1)).isEqualTo(1);
        }
    }

    @Test
    void an_unreachable_server_is_unavailable_not_an_internal_error() {
        assertThatThrownBy(() -> Database.open("jdbc:postgresql://127.0.0.1:1/nothing?connectTimeout=2", "u", "p", 1))
                .isInstanceOf(DatabaseUnavailableException.class)
                .hasMessageContaining("cannot open the database at jdbc:postgresql://127.0.0.1:1/nothing");
    }
}
