package org.mallcrm.adapters.persistence;

/**
 * An SQLite database file that cannot be opened: a file that is not a database, a folder, a folder that does not
 * exist, no permission. The message names the file and the reason (the CLI's "input file missing or unreadable", 66).
 */
public final class DatabaseFileException extends RuntimeException {

    public DatabaseFileException(String message, Throwable cause) {
        super(message, cause);
    }
}
