package org.mallcrm.domain.lease;

import org.mallcrm.domain.common.Identifiers;

/** A lease's number (合同编号) such as {@code L-2026-0001}. */
public record LeaseNo(String value) implements Comparable<LeaseNo> {

    public LeaseNo {
        value = Identifiers.require(value, "lease number");
    }

    public static LeaseNo of(String value) {
        return new LeaseNo(value);
    }

    @Override
    public int compareTo(LeaseNo o) {
        return value.compareTo(o.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
