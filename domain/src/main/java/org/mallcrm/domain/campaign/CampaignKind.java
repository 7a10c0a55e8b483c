package org.mallcrm.domain.campaign;

/** {@code EVENT}: buyers sign up (订货会, 新品发布); {@code COUPON}: a coupon batch buyers claim from. */
public enum CampaignKind {
    EVENT("活动报名"),
    COUPON("优惠券");

    private final String label;

    CampaignKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static CampaignKind parse(String text) {
        if (text != null) {
            for (CampaignKind k : values()) {
                if (k.name().equalsIgnoreCase(text.strip())) {
                    return k;
                }
            }
        }
        throw new IllegalArgumentException("campaign kind '" + text + "' is not EVENT or COUPON");
    }
}
