package org.mallcrm.domain.merchant;

import org.mallcrm.domain.common.Texts;

/**
 * A member of the mall's staff (招商专员, 商服, 客服 …) as named on tokens and in trails: an agent who follows up
 * prospects, the person who approves a request, the author of an operations-log note. Any characters (staff
 * are usually named in Chinese), at most 40.
 */
public record StaffId(String value) implements Comparable<StaffId> {

    public StaffId {
        value = Texts.requireName(value, "staff", 40);
    }

    public static StaffId of(String value) {
        return new StaffId(value);
    }

    @Override
    public int compareTo(StaffId o) {
        return value.compareTo(o.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
