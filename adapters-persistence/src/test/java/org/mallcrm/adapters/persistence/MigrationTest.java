package org.mallcrm.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MigrationTest {

    @TempDir
    Path dir;

    @Test
    void the_build_lists_every_migration_file() throws Exception {
        List<String> files;
        try (var s = Files.list(Path.of("src/main/resources/db/migration"))) {
            files = s.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("V")).toList();
        }
        assertThat(SqliteDatabase.migrationVersions()).hasSize(files.size()).contains("1");
    }

    @Test
    void a_new_database_is_migrated_and_reopening_it_keeps_its_data() {
        Path file = dir.resolve("m.db");
        try (SqliteDatabase db = SqliteDatabase.open(file)) {
            TestDatabases.defaultMall(db);
            List<String> applied = db.dsl(ctx -> ctx.fetch("select version from flyway_schema_history "
                    + "where success = 1 and version is not null").getValues(0, String.class));
            assertThat(applied).containsExactlyInAnyOrderElementsOf(SqliteDatabase.migrationVersions());
        }
        try (SqliteDatabase db = SqliteDatabase.open(file)) {
            Integer malls = db.dsl(ctx -> ctx.fetchOne("select count(*) from mall").get(0, Integer.class));
            assertThat(malls).isEqualTo(1);
        }
    }

    @Test
    void an_empty_database_file_is_migrated() throws Exception {
        Path file = dir.resolve("empty.db");
        java.sql.DriverManager.getConnection("jdbc:sqlite:" + file).close();
        try (SqliteDatabase db = SqliteDatabase.open(file)) {
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
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> SqliteDatabase.open(file))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("is not a mallcrm database");
        try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + file);
                var rs = c.createStatement().executeQuery("select count(*) from sqlite_master where type = 'table'")) {
            rs.next();
            assertThat(rs.getInt(1)).isEqualTo(1);
        }
    }
}
