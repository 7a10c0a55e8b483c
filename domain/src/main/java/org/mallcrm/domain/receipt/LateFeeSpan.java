package org.mallcrm.domain.receipt;

import java.time.LocalDate;
import org.mallcrm.domain.money.Money;

/**
 * One span of late-fee accrual: days {@code from..to} (inclusive) on a constant overdue principal, the fee rounded
 * once HALF_UP.
 */
public record LateFeeSpan(LocalDate from, LocalDate to, Money principal, long days, Money fee) {
}
