package org.mallcrm.cli.stall;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.mallcrm.adapters.http.stall.StallDocumentJson;
import org.mallcrm.adapters.http.stall.StallHistoryJson;
import org.mallcrm.cli.CliException;
import org.mallcrm.cli.CommandSupport;
import org.mallcrm.cli.output.Format;
import org.mallcrm.cli.output.Output;
import org.mallcrm.domain.stall.StallNo;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code mallcrm stalls history NO}. */
@Command(name = "history",
        mixinStandardHelpOptions = true,
        description = {"Show a stall's lineage both ways and the documents with their trail (铺位沿革).",
            "",
            "Ancestors are the stalls it was split or merged from, recursively; descendants the stalls it became; "
                + "each with its generation (1 = parents or children). Documents are every split, merge and change "
                + "of the family, in the order they took effect, with who asked, who approved and when. A number "
                + "the stall had before a renumbering finds it too.",
            "--format json prints {\"stall\", \"former_numbers\", \"ancestors\", \"descendants\", \"documents\"}; "
                + "csv prints the documents."})
public final class StallHistorySubcommand implements Callable<Integer> {

    static final List<String> RELATIVE_COLUMNS = List.of("generation", "stall_no", "status", "floor",
            "leasable_area_m2", "base_rent", "parents", "children");
    static final List<String> DOCUMENT_COLUMNS = List.of("document_no", "kind", "effective_on", "from", "to",
            "requested_by", "approved_by", "approved_at");

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "STALL_NO", description = "The stall (a former number works too).")
    String no;

    @Override
    public Integer call() {
        StallHistoryJson h = CommandSupport.context(spec).stallHistory().history(StallNo.of(no))
                .map(StallHistoryJson::of)
                .orElseThrow(() -> CliException.notFound("stall " + no));
        Output out = CommandSupport.output(spec);
        if (out.format() == Format.JSON) {
            out.one(h);
            return 0;
        }
        if (out.format() == Format.CSV) {
            out.list(h.documents(), DOCUMENT_COLUMNS);
            return 0;
        }
        PrintWriter w = spec.commandLine().getOut();
        w.println("Stall " + h.stall().stallNo() + " (" + h.stall().status() + ", " + h.stall().floor() + ", "
                + h.stall().leasableAreaM2() + " m²)"
                + (h.formerNumbers().isEmpty() ? "" : ", formerly " + String.join(", ", h.formerNumbers())));
        section(w, out, "Ancestors", h.ancestors(), RELATIVE_COLUMNS);
        section(w, out, "Descendants", h.descendants(), RELATIVE_COLUMNS);
        w.println();
        w.println("Documents:");
        if (h.documents().isEmpty()) {
            w.println("  none");
        }
        for (StallDocumentJson d : h.documents()) {
            w.println("  " + ReshapePrinter.documentLine(d));
        }
        w.flush();
        return 0;
    }

    private static void section(PrintWriter w, Output out, String title, List<?> rows, List<String> columns) {
        w.println();
        w.println(title + ":");
        if (rows.isEmpty()) {
            w.println("  none");
        } else {
            out.list(rows, columns);
        }
    }
}
