package org.mallcrm.adapters.http.lease;

import java.time.Instant;
import java.util.List;
import org.mallcrm.domain.placement.Placement;
import org.mallcrm.domain.stall.StallNo;

/** A placement (落位单) with its trail: {@code [{from, to, by, at, note}]}. */
public record PlacementJson(String placementNo, String merchantNo, List<String> stallNos, String leasableAreaM2,
        String rentPerM2Month, String grade, String status, List<StepJson> trail) {

    public record StepJson(String from, String to, String by, Instant at, String note) {
    }

    public static PlacementJson of(Placement p) {
        return new PlacementJson(p.placementNo(), p.merchantNo().value(),
                p.stallNos().stream().map(StallNo::value).toList(), p.leasableAreaM2().toString(),
                p.agreedRentPerM2Month().toString(), p.grade().name(), p.status().name(),
                p.trail().stream().map(s -> new StepJson(s.from() == null ? null : s.from().name(), s.to().name(),
                        s.by(), s.at(), s.note())).toList());
    }
}
