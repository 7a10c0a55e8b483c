package org.mallcrm.application.lease.port.out;

/** The store refused earnest money because another live hold already locks one of its stalls. */
public class StallLockedException extends RuntimeException {

    public StallLockedException(String message, Throwable cause) {
        super(message, cause);
    }
}
