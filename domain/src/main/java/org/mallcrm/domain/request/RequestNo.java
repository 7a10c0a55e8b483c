package org.mallcrm.domain.request;

import org.mallcrm.domain.common.Identifiers;

/** The number of a merchant's request (overtime, repair, feedback), given by the application. */
public record RequestNo(String value) implements Comparable<RequestNo> {

    public RequestNo {
        value = Identifiers.require(value, "request number");
    }

    public static RequestNo of(String value) {
        return new RequestNo(value);
    }

    @Override
    public int compareTo(RequestNo o) {
        return value.compareTo(o.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
