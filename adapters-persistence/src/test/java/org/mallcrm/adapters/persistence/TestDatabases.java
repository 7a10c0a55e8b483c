package org.mallcrm.adapters.persistence;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;

/** Fresh, migrated database files for tests. */
public final class TestDatabases {

    private TestDatabases() {
    }

    public static SqliteDatabase fresh() {
        try {
            Path dir = Files.createTempDirectory("mallcrm-test");
            dir.toFile().deleteOnExit();
            return SqliteDatabase.open(dir.resolve("test.db"));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public static long defaultMall(SqliteDatabase db) {
        return db.mallId(Optional.empty(), Instant.parse("2026-01-01T00:00:00Z"));
    }
}
