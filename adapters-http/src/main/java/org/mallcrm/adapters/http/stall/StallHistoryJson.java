package org.mallcrm.adapters.http.stall;

import java.util.List;
import org.mallcrm.application.stall.port.in.StallHistory;
import org.mallcrm.domain.stall.Stall;
import org.mallcrm.domain.stall.StallNo;

/**
 * A stall's history: the stall, the numbers it had before, its ancestors and descendants (each with its
 * generation: 1 for parents or children, 2 for grandparents or grandchildren …) and the documents of the family
 * in the order they took effect.
 */
public record StallHistoryJson(StallJson stall, List<String> formerNumbers, List<RelativeJson> ancestors,
        List<RelativeJson> descendants, List<StallDocumentJson> documents) {

    /** A stall of the family. */
    public record RelativeJson(int generation, String stallNo, String floor, String status, String businessType,
            String leasableAreaM2, String outlineAreaM2, String baseRent, String outlineWkt, List<String> parents,
            List<String> children) {

        static RelativeJson of(StallHistory.Relative r) {
            Stall s = r.stall();
            return new RelativeJson(r.generation(), s.no().value(), s.floor(), s.status().name(),
                    s.businessType().name(), s.leasableArea().toString(), s.outlineArea().toString(),
                    s.baseRent().toString(), s.outline().toWkt(), StallDocumentJson.numbers(s.parents()),
                    StallDocumentJson.numbers(s.children()));
        }
    }

    public static StallHistoryJson of(StallHistory h) {
        return new StallHistoryJson(StallJson.of(h.stall()),
                h.formerNumbers().stream().map(StallNo::value).toList(),
                h.ancestors().stream().map(RelativeJson::of).toList(),
                h.descendants().stream().map(RelativeJson::of).toList(),
                h.documents().stream().map(StallDocumentJson::of).toList());
    }
}
