package org.mallcrm.adapters.http.stall;

import java.util.List;
import org.mallcrm.domain.stall.Stall;
import org.mallcrm.domain.stall.StallNo;

/** A stall as the API and the CLI show it; areas and money as strings with two decimals. */
public record StallJson(
        String stallNo,
        String floor,
        String zone,
        String businessType,
        String status,
        String leasableAreaM2,
        String outlineAreaM2,
        String baseRent,
        String monthlyRent,
        String outlineWkt,
        List<String> parents,
        List<String> children) {

    public static StallJson of(Stall s) {
        return new StallJson(s.no().value(), s.floor(), s.zone(), s.businessType().name(), s.status().name(),
                s.leasableArea().toString(), s.outlineArea().toString(), s.baseRent().toString(),
                s.monthlyBaseRent().toString(), s.outline().toWkt(), s.parents().stream().map(StallNo::value).toList(),
                s.children().stream().map(StallNo::value).toList());
    }
}
