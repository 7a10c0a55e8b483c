package org.mallcrm.domain.merchant;

import org.mallcrm.domain.common.Identifiers;

/** A merchant's number (商户编号) such as {@code M-0001}. */
public record MerchantNo(String value) implements Comparable<MerchantNo> {

    public MerchantNo {
        value = Identifiers.require(value, "merchant number");
    }

    public static MerchantNo of(String value) {
        return new MerchantNo(value);
    }

    @Override
    public int compareTo(MerchantNo o) {
        return value.compareTo(o.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
