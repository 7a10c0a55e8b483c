package org.mallcrm.domain.channel;

import org.mallcrm.domain.common.Identifiers;

/**
 * A trip's number (报备编号). Trip numbers order by their text ({@link String#compareTo}), which is the order of
 * SQL {@code ORDER BY trip_no} with binary collation; "the smaller trip number" in the rules means this order.
 */
public record TripNo(String value) implements Comparable<TripNo> {

    public TripNo {
        value = Identifiers.require(value, "trip number");
    }

    public static TripNo of(String value) {
        return new TripNo(value);
    }

    @Override
    public int compareTo(TripNo o) {
        return value.compareTo(o.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
