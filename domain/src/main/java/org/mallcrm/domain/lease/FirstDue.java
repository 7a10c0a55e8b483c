package org.mallcrm.domain.lease;

/** When the first installment falls due: on the lease start, or on the signing date when the lease has one. */
public enum FirstDue {
    LEASE_START,
    SIGNING_DATE
}
