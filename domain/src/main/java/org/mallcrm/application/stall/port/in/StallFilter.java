package org.mallcrm.application.stall.port.in;

import java.util.Optional;
import org.mallcrm.domain.stall.BusinessType;
import org.mallcrm.domain.stall.StallStatus;

/** Which stalls a list shows; an empty part matches all. */
public record StallFilter(Optional<String> floor, Optional<StallStatus> status, Optional<BusinessType> businessType) {

    public static final StallFilter ALL = new StallFilter(Optional.empty(), Optional.empty(), Optional.empty());

    public boolean matches(org.mallcrm.domain.stall.Stall s) {
        return floor.map(f -> f.equals(s.floor())).orElse(true)
                && status.map(st -> st == s.status()).orElse(true)
                && businessType.map(b -> b.equals(s.businessType())).orElse(true);
    }
}
