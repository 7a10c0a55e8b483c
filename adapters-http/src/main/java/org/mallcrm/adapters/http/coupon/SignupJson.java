package org.mallcrm.adapters.http.coupon;

import org.mallcrm.adapters.http.channel.ChannelJson;
import org.mallcrm.domain.campaign.Signup;

/** A buyer's place at an event (活动报名): when it signed up, and when it cancelled or attended. */
public record SignupJson(String campaignNo, String buyerId, String signedUpAt, String cancelledAt,
        String attendedAt, boolean active) {

    public static SignupJson of(Signup s) {
        return new SignupJson(s.campaign().value(), s.buyer().value(), ChannelJson.instant(s.signedUpAt()),
                s.cancelledAt().map(ChannelJson::instant).orElse(null),
                s.attendedAt().map(ChannelJson::instant).orElse(null), s.isActive());
    }
}
