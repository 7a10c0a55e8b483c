package org.mallcrm.adapters.http.stall;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.mallcrm.application.common.port.out.Clock;
import org.mallcrm.domain.geometry.Area;
import org.mallcrm.domain.stall.StallChange;
import org.mallcrm.domain.stall.StallDocument;
import org.mallcrm.domain.stall.StallMerge;
import org.mallcrm.domain.stall.StallNo;
import org.mallcrm.domain.stall.StallSplit;
import org.mallcrm.domain.time.MallTime;

/**
 * A stall document as the API and the CLI show it: its number, kind, the numbers it starts from and ends with,
 * the trail (instants in Beijing time with their offset), and the kind's own figures: a split's cut and the
 * children's leasable areas, a merge's price rule and base rent, a change's leasable area before and after.
 * Figures of other kinds are left out.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record StallDocumentJson(
        String documentNo,
        String kind,
        LocalDate effectiveOn,
        List<String> from,
        List<String> to,
        String requestedBy,
        OffsetDateTime requestedAt,
        String approvedBy,
        OffsetDateTime approvedAt,
        String cut,
        List<String> leasableAreasM2,
        String priceRule,
        String baseRent,
        String leasableAreaBeforeM2,
        String leasableAreaAfterM2) {

    public static StallDocumentJson of(StallDocument d) {
        String cut = null;
        List<String> areas = null;
        String rule = null;
        String rent = null;
        String before = null;
        String after = null;
        switch (d) {
            case StallSplit s -> {
                cut = s.cut().map(c -> c.axis().name().toLowerCase(java.util.Locale.ROOT) + "=" + c.atMm())
                        .orElse(null);
                areas = s.childAreas().stream().map(Area::toString).toList();
            }
            case StallMerge m -> {
                rule = m.priceRule().name();
                rent = m.baseRent().toString();
            }
            case StallChange c -> {
                before = c.leasableBefore().toString();
                after = c.leasableAfter().toString();
            }
        }
        return new StallDocumentJson(d.documentNo(), d.kind().name(), d.effectiveOn(), numbers(d.from()),
                numbers(d.to()), d.request().requestedBy(),
                d.request().requestedAt().atZone(MallTime.ZONE).toOffsetDateTime(), d.request().approvedBy(),
                d.request().approvedAt().atZone(MallTime.ZONE).toOffsetDateTime(), cut, areas, rule, rent, before,
                after);
    }

    static List<String> numbers(List<StallNo> nos) {
        return nos.stream().map(StallNo::value).toList();
    }
}
