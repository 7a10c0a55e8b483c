package org.mallcrm.adapters.http.coupon;

import org.mallcrm.domain.campaign.Refusal;

/** A refused claim, redemption, reversal or sign-up as the CLI prints it on stderr: the code and the sentence. */
public record RefusalJson(String refused, String detail) {

    public static RefusalJson of(Refusal<?> r) {
        return new RefusalJson(r.code().name(), r.detail());
    }
}
