package org.mallcrm.domain.lease;

/** Within one installment, which a receipt pays first: the late fee (default) or the principal. */
public enum AllocationOrder {
    LATE_FEE_FIRST,
    PRINCIPAL_FIRST
}
