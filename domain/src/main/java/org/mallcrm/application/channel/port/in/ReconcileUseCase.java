package org.mallcrm.application.channel.port.in;

import java.time.LocalDate;
import org.mallcrm.domain.channel.Reconciliation;

/**
 * Reconciles the trips arriving in a period against the scans (domain-rules.md §5) and computes their
 * commission with the mall's rules. The scans are streamed from the store, buyer by buyer, in bounded memory.
 */
public interface ReconcileUseCase {

    /**
     * @param from first arrival date (inclusive)
     * @param to last arrival date (inclusive)
     */
    Reconciliation reconcile(LocalDate from, LocalDate to);
}
