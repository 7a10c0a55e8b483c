package org.mallcrm.domain.exit;

import java.time.LocalDate;

/** Whether the merchant leaves when the lease expires or before. */
public enum ExitTiming {
    AT_EXPIRY,
    EARLY;

    /** {@code EARLY} when the exit day is before the lease's last day. */
    public static ExitTiming of(LocalDate exitOn, LocalDate leaseEnd) {
        return exitOn.isBefore(leaseEnd) ? EARLY : AT_EXPIRY;
    }
}
