package org.mallcrm.cli.stall;

import java.io.PrintWriter;
import java.util.List;
import org.mallcrm.adapters.http.stall.ReshapeJson;
import org.mallcrm.adapters.http.stall.StallDocumentJson;
import org.mallcrm.application.stall.port.in.ReshapeResult;
import org.mallcrm.cli.CliException;
import org.mallcrm.cli.CommandSupport;
import org.mallcrm.cli.ExitCodes;
import org.mallcrm.cli.output.Output;
import org.mallcrm.domain.stall.ReshapeRefusal;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Prints what a split, merge or change came to. Filed: JSON {@code {"document", "stalls"}}, CSV the stalls
 * written, a table the document's line and the stalls. Refused: exit 1 with the reason; unknown stall: exit 1.
 */
final class ReshapePrinter {

    static final List<String> STALL_COLUMNS = List.of("stall_no", "status", "floor", "zone", "business_type",
            "leasable_area_m2", "outline_area_m2", "base_rent", "monthly_rent", "parents", "children");

    private ReshapePrinter() {
    }

    static int print(CommandSpec spec, ReshapeResult result) {
        return switch (result) {
            case ReshapeResult.Filed f -> filed(spec, f);
            case ReshapeResult.Refused r -> throw refused(r.refusal());
            case ReshapeResult.NotFound n -> throw CliException.notFound("stall " + n.stall());
        };
    }

    static CliException refused(ReshapeRefusal r) {
        return new CliException(ExitCodes.REFUSED, "refused (" + r.reason() + "): " + r.detail()
                + "; nothing was changed");
    }

    private static int filed(CommandSpec spec, ReshapeResult.Filed f) {
        ReshapeJson json = ReshapeJson.of(f);
        Output out = CommandSupport.output(spec);
        switch (out.format()) {
            case JSON -> out.one(json);
            case CSV -> out.list(json.stalls(), STALL_COLUMNS);
            case TABLE -> {
                PrintWriter w = spec.commandLine().getOut();
                w.println(documentLine(json.document()));
                out.list(json.stalls(), STALL_COLUMNS);
            }
        }
        return ExitCodes.OK;
    }

    /** {@code SPL-2026-0001 SPLIT A101 → A101-1, A101-2, effective 2026-03-01, asked by …, approved by … at …}. */
    static String documentLine(StallDocumentJson d) {
        StringBuilder b = new StringBuilder();
        b.append(d.documentNo()).append(' ').append(d.kind()).append(' ')
                .append(String.join(", ", d.from())).append(" → ").append(String.join(", ", d.to()));
        if (d.cut() != null) {
            b.append(" (cut ").append(d.cut()).append(')');
        }
        if (d.baseRent() != null) {
            b.append(" (base rent ").append(d.baseRent()).append(", ").append(d.priceRule()).append(')');
        }
        if (d.leasableAreaBeforeM2() != null && !d.leasableAreaBeforeM2().equals(d.leasableAreaAfterM2())) {
            b.append(" (leasable ").append(d.leasableAreaBeforeM2()).append(" → ").append(d.leasableAreaAfterM2())
                    .append(" m²)");
        }
        b.append(", effective ").append(d.effectiveOn()).append(", asked by ").append(d.requestedBy())
                .append(", approved by ").append(d.approvedBy()).append(" at ").append(d.approvedAt());
        return b.toString();
    }
}
