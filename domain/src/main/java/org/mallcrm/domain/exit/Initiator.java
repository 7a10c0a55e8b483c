package org.mallcrm.domain.exit;

/** Who asks for the exit: the merchant or the mall. */
public enum Initiator {
    MERCHANT,
    MALL
}
