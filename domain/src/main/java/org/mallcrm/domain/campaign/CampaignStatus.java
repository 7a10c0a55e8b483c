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

    /** What staff do to a campaign: start (or resume), pause, end. */
    public enum Step {
        START, PAUSE, END
    }

    /**
     * The steps staff may take from this status: a draft or a paused campaign starts, a running one pauses, a running or
     * paused one ends; an ended one takes none.
     */
    public java.util.Set<Step> steps() {
        return switch (this) {
            case DRAFT -> java.util.EnumSet.of(Step.START);
            case RUNNING -> java.util.EnumSet.of(Step.PAUSE, Step.END);
            case PAUSED -> java.util.EnumSet.of(Step.START, Step.END);
            case ENDED -> java.util.EnumSet.noneOf(Step.class);
        };
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
