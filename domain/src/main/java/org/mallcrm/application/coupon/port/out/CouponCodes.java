package org.mallcrm.application.coupon.port.out;

import java.security.SecureRandom;
import org.mallcrm.domain.coupon.CouponCode;

/** Where new coupon codes come from: 64 unpredictable bits each, so that codes cannot be guessed. */
public interface CouponCodes {

    CouponCode next();

    /** Codes from the JDK's {@link SecureRandom} (thread-safe): what a real mall uses. */
    static CouponCodes secureRandom() {
        SecureRandom random = new SecureRandom();
        return () -> CouponCode.fromBits(random.nextLong());
    }
}
