package org.mallcrm.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Opening a database whose schema is behind this build's says so before the migrations run (a migration can
 * rewrite a large table for seconds); a new database and an up-to-date one are opened without a word.
 */
@ParameterizedClass(name = "{0}")
@EnumSource(Store.class)
class SchemaUpgradeNoteTest {

    @Parameter
    Store store;

    @TempDir
    Path dir;

    private String url(String name) {
        return store == Store.SQLITE ? "jdbc:sqlite:" + dir.resolve(name) : EmbeddedPostgres.blankDatabase();
    }

    /** The database at {@code url} made by an older build: its migrations up to {@code version} applied. */
    private static String migratedTo(String url, String version) {
        Flyway.configure().dataSource(url, null, null)
                .locations("classpath:" + Vendor.of(url).migrationFolder()).target(version).load().migrate();
        return url;
    }

    @Test
    void an_older_schema_is_announced_with_the_migrations_about_to_run_and_only_once() {
        String url = migratedTo(url("old.db"), "20");
        List<String> notes = new ArrayList<>();

        Database.open(url, null, null, 2, notes::add).close();

        assertThat(notes).hasSize(1);
        assertThat(notes.get(0))
                .startsWith("upgrading the schema of ")
                .contains("V21 scan month first")
                .doesNotContain("V20")
                .contains("takes a while");
        if (store == Store.SQLITE) {
            assertThat(notes.get(0)).contains(dir.resolve("old.db").toString()).doesNotContain("jdbc:");
        }

        Database.open(url, null, null, 2, notes::add).close();
        Database.openForCommand(url, null, null, 2, notes::add).close();
        assertThat(notes).as("the upgraded database opens silently").hasSize(1);
    }

    @Test
    void a_new_database_is_created_silently() {
        List<String> notes = new ArrayList<>();

        Database.open(url("new.db"), null, null, 2, notes::add).close();

        assertThat(notes).isEmpty();
    }

    @Test
    void the_light_open_of_a_command_announces_the_upgrade_too() {
        String url = migratedTo(url("behind.db"), "19");
        List<String> notes = new ArrayList<>();

        Database.openForCommand(url, null, null, 2, notes::add).close();

        assertThat(notes).singleElement().asString().contains("V20 ").contains("V21 scan month first");
    }
}
