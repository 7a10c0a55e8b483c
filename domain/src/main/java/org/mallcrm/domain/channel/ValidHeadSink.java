package org.mallcrm.domain.channel;

/**
 * Receives each valid head as the reconciler finds it, so that heads can be written away (for statements and
 * traceability) instead of held in memory. Called in input order: buyer by buyer.
 */
@FunctionalInterface
public interface ValidHeadSink {

    /** Keeps nothing. */
    ValidHeadSink NONE = head -> { };

    void accept(ValidHead head);
}
