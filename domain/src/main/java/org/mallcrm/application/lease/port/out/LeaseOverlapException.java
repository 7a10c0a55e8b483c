package org.mallcrm.application.lease.port.out;

/** The store refused a lease because another lease holds one of its stalls in the same time. */
public class LeaseOverlapException extends RuntimeException {

    public LeaseOverlapException(String message, Throwable cause) {
        super(message, cause);
    }
}
