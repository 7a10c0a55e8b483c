package org.mallcrm.domain.campaign;

/**
 * {@code DRAFT} → {@code RUNNING} ⇄ {@code PAUSED} → {@code ENDED}. {@code ENDED} is terminal, and a campaign
 * reaches it by itself once its window is over.
 */
public enum CampaignStatus {
    DRAFT("草稿"),
    RUNNING("进行中"),
    PAUSED("已暂停"),
    ENDED("已结束");

    private final String label;

    CampaignStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static CampaignStatus parse(String text) {
        if (text != null) {
            for (CampaignStatus s : values()) {
                if (s.name().equalsIgnoreCase(text.strip())) {
                    return s;
                }
            }
        }
        throw new IllegalArgumentException("campaign status '" + text + "' is not DRAFT, RUNNING, PAUSED or ENDED");
    }
}
