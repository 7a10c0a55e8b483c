package org.mallcrm.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.mallcrm.adapters.persistence.EmbeddedPostgres;

/**
 * Which database the CLI tests run on: an SQLite file ({@code --db}, the default) or, with
 * {@code -Dmallcrm.test.store=postgresql} (the build's second run of these tests), a database of its own on the
 * embedded PostgreSQL server for each file a test names ({@code --db-url}). The tests stay the same.
 */
public final class TestStore {

    private static final Map<Path, String> URLS = new ConcurrentHashMap<>();

    private TestStore() {
    }

    public static boolean postgres() {
        return "postgresql".equals(System.getProperty("mallcrm.test.store"));
    }

    /** The global options that point a command at the test's database. */
    public static List<String> options(Path db) {
        return postgres() ? List.of("--db-url", url(db)) : List.of("--db", db.toString());
    }

    /** The composition root's location of the test's database. */
    public static AppContext.Location location(Path db) {
        return new AppContext.Location(postgres() ? url(db) : "jdbc:sqlite:" + db.toAbsolutePath());
    }

    /** The PostgreSQL database standing for the test's file (only when {@link #postgres()}). */
    public static String url(Path db) {
        return URLS.computeIfAbsent(db.toAbsolutePath(), p -> EmbeddedPostgres.blankDatabase());
    }
}
