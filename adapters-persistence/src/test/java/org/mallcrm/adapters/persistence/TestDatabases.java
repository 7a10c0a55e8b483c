package org.mallcrm.adapters.persistence;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;

/** Fresh, migrated databases for tests: an SQLite file or a database on the embedded PostgreSQL server. */
public final class TestDatabases {

    private TestDatabases() {
    }

    /** A fresh SQLite database. */
    public static Database fresh() {
        return fresh(Store.SQLITE);
    }

    public static Database fresh(Store store) {
        if (store == Store.POSTGRESQL) {
            return EmbeddedPostgres.fresh();
        }
        try {
            Path dir = Files.createTempDirectory("mallcrm-test");
            Database db = Database.open(dir.resolve("test.db"));
            db.whenClosed(() -> deleteTree(dir));
            return db;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static long defaultMall(Database db) {
        return db.mallId(Optional.empty(), Instant.parse("2026-01-01T00:00:00Z"));
    }

    static void deleteTree(Path dir) {
        try (var files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temp folder left behind is not a test failure
        }
    }
}
