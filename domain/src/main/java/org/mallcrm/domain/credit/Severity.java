package org.mallcrm.domain.credit;

/** How grave a behaviour is. A {@code SEVERE} record sets grade D and blacklists the merchant at once. */
public enum Severity {
    NORMAL, SEVERE
}
