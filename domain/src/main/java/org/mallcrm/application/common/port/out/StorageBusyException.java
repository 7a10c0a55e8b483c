package org.mallcrm.application.common.port.out;

/** The store is busy (another writer holds it) for longer than we wait: a temporary failure, try again. */
public class StorageBusyException extends RuntimeException {

    public StorageBusyException(String message, Throwable cause) {
        super(message, cause);
    }
}
