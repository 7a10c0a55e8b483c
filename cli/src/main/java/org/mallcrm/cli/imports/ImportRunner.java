package org.mallcrm.cli.imports;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.BiFunction;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.mallcrm.application.common.port.in.ImportColumns;
import org.mallcrm.application.common.port.in.ImportOptions;
import org.mallcrm.application.common.port.in.ImportOutcome;
import org.mallcrm.application.common.port.in.ImportRow;
import org.mallcrm.application.common.port.in.RowError;
import org.mallcrm.cli.CliException;
import org.mallcrm.cli.ExitCodes;
import org.mallcrm.cli.io.Progress;
import org.mallcrm.cli.io.TabularFile;

/**
 * Reads an import file, hands its rows to an all-or-nothing use case, and reports: a summary line on success,
 * or every bad row ({@code line,column,value,reason}) on stderr and in {@code --errors}, exit 65.
 */
public final class ImportRunner {

    private ImportRunner() {
    }

    /** Reads every row into memory (for kinds whose files are small: stalls, merchants …) and imports them. */
    public static int run(ImportFileOptions file, ImportColumns columns, PrintWriter err,
            BiFunction<List<String>, List<ImportRow>, ImportOutcome> useCase, String kind) {
        List<ImportRow> rows = new ArrayList<>();
        List<RowError> malformed = new ArrayList<>();
        List<String> header;
        try (TabularFile in = TabularFile.open(file.file);
                Progress progress = Progress.start("reading " + kind, in.size(), " KB", 1024)) {
            header = in.header();
            List<RowError> headerErrors = columns.check(header);
            if (!headerErrors.isEmpty()) {
                return reject(headerErrors, file, err);
            }
            Iterator<Object> it = in.rows();
            while (it.hasNext()) {
                Object r = it.next();
                if (r instanceof TabularFile.Malformed m) {
                    malformed.add(new RowError(m.line(), "", "", m.reason()));
                } else {
                    rows.add((ImportRow) r);
                }
                if (rows.size() % 1000 == 0) {
                    progress.stepTo(in.position());
                }
            }
            progress.stepTo(in.size());
        }
        ImportOutcome outcome = useCase.apply(header, rows);
        if (outcome instanceof ImportOutcome.Rejected rejected) {
            List<RowError> all = new ArrayList<>(malformed);
            all.addAll(rejected.errors());
            return reject(all, file, err);
        }
        if (!malformed.isEmpty()) {
            return reject(malformed, file, err);
        }
        ImportOutcome.Imported done = (ImportOutcome.Imported) outcome;
        err.println(kind + ": " + done.summary());
        err.flush();
        return ExitCodes.OK;
    }

    public static ImportOptions options(ImportFileOptions file) {
        return new ImportOptions(file.dryRun, file.update);
    }

    /** Reports every error on stderr (and in --errors) and returns 65. */
    public static int reject(List<RowError> errors, ImportFileOptions file, PrintWriter err) {
        List<RowError> sorted = errors.stream().sorted().toList();
        long lines = sorted.stream().mapToInt(RowError::line).distinct().count();
        err.println("error: " + file.file + ": " + sorted.size() + (sorted.size() == 1 ? " problem" : " problems")
                + " on " + lines + (lines == 1 ? " line" : " lines") + "; nothing was written");
        try {
            writeCsv(err, sorted);
            if (file.errors != null) {
                try (Writer w = Files.newBufferedWriter(file.errors, StandardCharsets.UTF_8)) {
                    writeCsv(w, sorted);
                }
            }
        } catch (IOException e) {
            throw new CliException(ExitCodes.INTERNAL, "cannot write " + file.errors + ": " + e.getMessage());
        }
        err.flush();
        return ExitCodes.DATA_ERROR;
    }

    private static void writeCsv(Appendable out, List<RowError> errors) throws IOException {
        CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180.builder().setRecordSeparator("\n").get());
        csv.printRecord("line", "column", "value", "reason");
        for (RowError e : errors) {
            csv.printRecord(e.line(), e.column(), e.value(), e.reason());
        }
        csv.flush();
    }
}
