package org.mallcrm.domain.stall;

/** A trade category (业态) such as 女装, 男装, 童装, 鞋包, 饰品. The set is the mall's own, so it is open. */
public record BusinessType(String name) implements Comparable<BusinessType> {

    public BusinessType {
        name = org.mallcrm.domain.common.Texts.requireName(name, "business type", 40);
    }

    @Override
    public int compareTo(BusinessType o) {
        return name.compareTo(o.name);
    }

    @Override
    public String toString() {
        return name;
    }
}
