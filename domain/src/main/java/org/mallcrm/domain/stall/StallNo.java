package org.mallcrm.domain.stall;

import org.mallcrm.domain.common.Identifiers;

/** A stall's number (档口号) such as {@code 2F-A-015}: letters, digits, '-', '_' and '.', up to 40 characters. */
public record StallNo(String value) implements Comparable<StallNo> {

    public StallNo {
        value = Identifiers.require(value, "stall number");
    }

    public static StallNo of(String value) {
        return new StallNo(value);
    }

    @Override
    public int compareTo(StallNo o) {
        return value.compareTo(o.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
