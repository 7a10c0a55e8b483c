package org.mallcrm.application.lease.port.in;

import java.util.List;
import java.util.Optional;
import org.mallcrm.application.common.port.in.Outcome;
import org.mallcrm.application.common.port.in.Page;
import org.mallcrm.domain.merchant.MerchantNo;
import org.mallcrm.domain.money.Money;
import org.mallcrm.domain.placement.Grade;
import org.mallcrm.domain.placement.Placement;
import org.mallcrm.domain.stall.StallNo;

/** Placements (落位单): draft, submit, approve or reject; an approved placement pre-fills a lease. */
public interface PlacementUseCases {

    Outcome<Placement> create(Create command);

    Outcome<Placement> submit(String placementNo, String by);

    Outcome<Placement> approve(String placementNo, String by, String note);

    Outcome<Placement> reject(String placementNo, String by, String reason);

    Optional<Placement> find(String placementNo);

    Page<Placement> list(String cursor, int limit);

    /**
     * @param rentPerM2Month null for the stalls' base rent (area-weighted)
     * @param grade          null for the merchant's qualification grade
     * @param placementNo    null to number it {@code P-000001} …
     */
    record Create(MerchantNo merchantNo, List<StallNo> stallNos, Money rentPerM2Month, Grade grade, String by,
            String placementNo) {
    }
}
