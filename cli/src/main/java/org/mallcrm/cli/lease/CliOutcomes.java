package org.mallcrm.cli.lease;

import java.nio.file.Path;
import java.util.stream.Collectors;
import org.mallcrm.adapters.http.imports.ImportReport;
import org.mallcrm.application.common.port.in.Outcome;
import org.mallcrm.application.common.port.in.RowError;
import org.mallcrm.cli.CliException;
import org.mallcrm.cli.ExitCodes;
import org.mallcrm.cli.io.JsonDocuments;

/** Turns use-case outcomes into values or the contract's exit codes, and reads JSON documents given on the line. */
public final class CliOutcomes {

    private CliOutcomes() {
    }

    /** The value of a done outcome; otherwise exit 65 (bad input, every field named), or 1 (refused, not found). */
    public static <T> T value(Outcome<T> outcome) {
        return switch (outcome) {
            case Outcome.Done<T> d -> d.value();
            case Outcome.Invalid<T> i -> throw new CliException(ExitCodes.DATA_ERROR, "bad input, nothing written:\n"
                    + i.errors().stream().map(CliOutcomes::describe).collect(Collectors.joining("\n")));
            case Outcome.Refused<T> r -> throw CliException.refused("refused: " + r.reason());
            case Outcome.NotFound<T> n -> throw CliException.notFound(n.what());
        };
    }

    /**
     * One bad field as a line of the message: the value and the reason as an import's report shows them (control
     * characters written as {@code \\u001B}, a long value cut with its length said), so that a 100,000-character note
     * or an escape code given on the line is named, not echoed back whole onto the terminal.
     */
    public static String describe(RowError e) {
        String where = e.line() > 0 ? "line " + e.line() + ", " : "";
        return "  " + where + (e.column().isEmpty() ? "" : ImportReport.visible(e.column(), ImportReport.VALUE_SHOWN)
                + ": ") + (e.value().isEmpty() ? "" : "'" + ImportReport.visible(e.value(), ImportReport.VALUE_SHOWN)
                + "': ") + ImportReport.visible(e.reason(), ImportReport.REASON_SHOWN);
    }

    /** Reads a JSON file as the given record: 66 when it cannot be read, 65 when it is not such JSON. */
    public static <T> T readJson(Path file, Class<T> type) {
        return JsonDocuments.read(file, type, "a valid document");
    }
}
