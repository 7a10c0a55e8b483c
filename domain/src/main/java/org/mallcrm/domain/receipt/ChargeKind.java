package org.mallcrm.domain.receipt;

/** What a piece of money pays on an installment: late fee (滞纳金), rent (租金) or management fee (物业费). */
public enum ChargeKind {
    LATE_FEE,
    RENT,
    MANAGEMENT_FEE
}
