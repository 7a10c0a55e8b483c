package org.mallcrm.adapters.persistence;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;

/**
 * Fresh, migrated databases for tests (an SQLite file or a database on the embedded PostgreSQL server), SQLite files each in its own temporary folder. The folders (the database with its
 * -wal and -shm files) are deleted when the test JVM exits, whether or not a test closed its database: a folder
 * cannot be deleted by {@code deleteOnExit} while it holds files, so that left one folder per test database behind.
 */
public final class TestDatabases {

    private static final List<Path> FOLDERS = new CopyOnWriteArrayList<>();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            for (Path dir : FOLDERS) {
                try {
                    deleteTree(dir);
                } catch (UncheckedIOException e) {
                    System.err.println(e.getMessage() + ": " + e.getCause().getMessage());
                }
            }
        }, "mallcrm-test-databases-cleanup"));
    }

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
            FOLDERS.add(dir);
            Database db = Database.open(dir.resolve("test.db"));
            db.whenClosed(() -> deleteQuietly(dir));
            return db;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static long defaultMall(Database db) {
        return db.mallId(Optional.empty(), Instant.parse("2026-01-01T00:00:00Z"));
    }

    /** Deletes a folder and everything in it; what is already gone is fine. */
    static void deleteTree(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete the test database folder " + dir, e);
        }
    }

    private static void deleteQuietly(Path dir) {
        try {
            deleteTree(dir);
        } catch (UncheckedIOException e) {
            System.err.println(e.getMessage() + ": " + e.getCause().getMessage());
        }
    }
}
