package org.mallcrm.domain.credit;

import org.mallcrm.domain.common.Identifiers;

/** The number of one behaviour record, given by the application when it is recorded. */
public record BehaviourRecordId(String value) implements Comparable<BehaviourRecordId> {

    public BehaviourRecordId {
        value = Identifiers.require(value, "behaviour record id");
    }

    public static BehaviourRecordId of(String value) {
        return new BehaviourRecordId(value);
    }

    @Override
    public int compareTo(BehaviourRecordId o) {
        return value.compareTo(o.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
