package org.mallcrm.adapters.persistence;

/** The database server cannot be reached, or refuses the login: a needed service is unavailable (exit 69). */
public final class DatabaseUnavailableException extends RuntimeException {

    public DatabaseUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
