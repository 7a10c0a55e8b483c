package org.mallcrm.domain.stall;

/** A trade category (业态) such as 女装, 男装, 童装, 鞋包, 饰品. The set is the mall's own, so it is open. */
public record BusinessType(String name) implements Comparable<BusinessType> {

    public BusinessType {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("business type is missing");
        }
        name = name.strip();
        if (name.length() > 40) {
            throw new IllegalArgumentException("business type '" + name + "' is longer than 40 characters");
        }
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
