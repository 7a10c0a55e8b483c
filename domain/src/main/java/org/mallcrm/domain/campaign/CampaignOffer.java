package org.mallcrm.domain.campaign;

/** What a campaign offers buyers: places at an event, or coupons from a batch. Its kind follows. */
public sealed interface CampaignOffer permits EventOffer, CouponBatch {

    CampaignKind kind();
}
