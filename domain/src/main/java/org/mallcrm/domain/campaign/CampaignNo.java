package org.mallcrm.domain.campaign;

import org.mallcrm.domain.common.Identifiers;

/** A campaign's number (活动编号) such as {@code C-2026-10}. */
public record CampaignNo(String value) implements Comparable<CampaignNo> {

    public CampaignNo {
        value = Identifiers.require(value, "campaign number");
    }

    public static CampaignNo of(String value) {
        return new CampaignNo(value);
    }

    @Override
    public int compareTo(CampaignNo o) {
        return value.compareTo(o.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
