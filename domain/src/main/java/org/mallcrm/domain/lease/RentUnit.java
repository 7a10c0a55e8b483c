package org.mallcrm.domain.lease;

/**
 * What the rent price is per: per m² per month ({@code rent_per_m2_month}, the usual case; monthly rent is
 * rounded first) or per m² per day ({@code rent_per_m2_day}: area × price × actual days).
 */
public enum RentUnit {
    PER_M2_MONTH,
    PER_M2_DAY
}
