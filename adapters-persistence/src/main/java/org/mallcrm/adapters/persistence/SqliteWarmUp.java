package org.mallcrm.adapters.persistence;

import org.sqlite.SQLiteConfig;

/**
 * Work the SQLite driver does before its first connection, done ahead on another thread while the command line is
 * still being read: every {@link SQLiteConfig} makes the driver's date format (its {@code FastDateFormat}, kept in the
 * driver's cache by pattern, zone and locale), and the first one costs the JDK's calendar and locale data, about a
 * tenth of a short command's start. A config made here leaves that format cached for {@link Database}'s.
 */
public final class SqliteWarmUp {

    private SqliteWarmUp() {
    }

    /** Makes (and drops) a driver configuration with the defaults {@link Database} starts from. */
    public static void prepare() {
        new SQLiteConfig();
    }
}
