package org.mallcrm.application.campaign.port.in;

import java.util.List;

/**
 * A campaign as staff describe it ({@code campaigns create --spec}, {@code POST /api/v1/campaigns}): the JSON of
 * contract.md field by field, as text, so that every bad value is reported against its field
 * ({@code coupon.threshold}, {@code audience.provinces} …). Null is "not given".
 */
public record CampaignSpec(String campaignNo, String name, String kind, String startsAt, String endsAt,
        AudienceSpec audience, Integer capacity, CouponSpec coupon) {

    /** Empty or null lists throughout: every registered buyer. */
    public record AudienceSpec(List<String> provinces, List<String> categories, List<String> segments,
            List<String> channels) {

        public static final AudienceSpec EVERYONE = new AudienceSpec(List.of(), List.of(), List.of(), List.of());
    }

    /**
     * @param face {@code AMOUNT_OFF} or {@code PERCENT_OFF}
     * @param threshold order threshold (满); 0 when null
     * @param amount amount off ({@code AMOUNT_OFF})
     * @param percentOff percent off ({@code PERCENT_OFF}; 10 is 9折)
     * @param cap the most a {@code PERCENT_OFF} coupon takes off, or null
     * @param perBuyer 1 when null
     * @param validDays null: valid for the campaign's window
     * @param merchants participating merchants, or null
     * @param businessTypes participating business types, or null (both null: every operating merchant)
     * @param mallSharePct the mall's share of each discount, in percent
     */
    public record CouponSpec(String face, String threshold, String amount, String percentOff, String cap,
            Integer stock, Integer perBuyer, Integer validDays, List<String> merchants, List<String> businessTypes,
            String mallSharePct) {
    }
}
