package org.mallcrm.domain.lease;

/** What earnest money becomes when the lease is signed: it offsets the oldest installments (default) or becomes
 * (part of) the security deposit (转押金). */
public enum EarnestOnSigning {
    OFFSET_INSTALLMENTS,
    CONVERT_TO_SECURITY_DEPOSIT
}
