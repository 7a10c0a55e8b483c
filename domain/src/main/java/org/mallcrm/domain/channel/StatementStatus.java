package org.mallcrm.domain.channel;

/** A statement is {@code DRAFT} (recomputed at will) until it is {@code CLOSED} (never changes again). */
public enum StatementStatus {
    DRAFT,
    CLOSED
}
