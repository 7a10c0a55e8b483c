package org.mallcrm.cli.imports;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.mallcrm.application.common.port.in.ImportOptions;
import org.mallcrm.application.common.port.in.ImportOutcome;
import org.mallcrm.application.common.port.in.RowError;
import org.mallcrm.application.common.port.in.RowStream;
import org.mallcrm.application.common.port.in.UnreadableFileException;
import org.mallcrm.cli.ExitCodes;
import org.mallcrm.cli.io.OutputFiles;
import org.mallcrm.cli.io.Progress;
import org.mallcrm.adapters.http.imports.ImportFile;
import org.mallcrm.adapters.http.imports.ImportReport;

/**
 * Opens an import file, hands its rows to an all-or-nothing use case, and reports: a summary line on success; every
 * bad row ({@code line,column,value,reason}) on stderr and in {@code --errors}, exit 65; or, for a problem of the
 * whole file (empty, not UTF-8, broken CSV, not a workbook), one line on stderr and no {@code --errors} file, exit 65.
 */
public final class ImportRunner {

    private ImportRunner() {
    }

    /** Imports a file through a use case that takes its rows as a stream (every kind but leases). */
    public static int run(ImportFileOptions file, PrintWriter err, Function<RowStream, ImportOutcome> useCase,
            String kind) {
        checkErrorsTarget(file);
        ImportOutcome outcome;
        try (ImportFile in = ImportFile.open(file.file);
                Progress progress = Progress.start("importing " + kind, in.size(), " KB", 1024)) {
            outcome = useCase.apply(withProgress(in, progress));
            progress.stepTo(in.size());
        } catch (UnreadableFileException e) {
            return unreadable(e.getMessage(), file, err);
        }
        return report(outcome, file, err, kind);
    }

    /** Reports an outcome: the summary (0), the bad rows (65) or the whole-file problem (65). */
    public static int report(ImportOutcome outcome, ImportFileOptions file, PrintWriter err, String kind) {
        return switch (outcome) {
            case ImportOutcome.Imported done -> {
                err.println(kind + ": " + done.summary());
                err.flush();
                yield ExitCodes.OK;
            }
            case ImportOutcome.Rejected r -> reject(r.errors(), file, err);
            case ImportOutcome.Unreadable u -> unreadable(u.problem(), file, err);
        };
    }

    /**
     * Refuses (64) an {@code --errors} file that could not be written, before anything is imported: its folder must
     * exist, and it must not be a folder itself.
     */
    public static void checkErrorsTarget(ImportFileOptions file) {
        if (file.errors != null) {
            OutputFiles.checkTarget("--errors", file.errors, "the errors");
        }
    }

    /** One line for a problem of the whole file; exit 65; no --errors file (there are no rows to list). */
    public static int unreadable(String problem, ImportFileOptions file, PrintWriter err) {
        err.println("error: " + file.file + ": " + visible(problem, REASON_SHOWN) + "; nothing was written");
        err.flush();
        return ExitCodes.DATA_ERROR;
    }

    /** The rows of a file, moving the progress bar as they are read. */
    static RowStream withProgress(ImportFile in, Progress progress) {
        return new RowStream() {
            private int n;

            @Override
            public List<String> header() {
                return in.header();
            }

            @Override
            public boolean next() {
                if ((++n & 0x3FFF) == 0 && in.position() >= 0) {
                    progress.stepTo(in.position());
                }
                return in.next();
            }

            @Override
            public int line() {
                return in.line();
            }

            @Override
            public String malformed() {
                return in.malformed();
            }

            @Override
            public String value(int index) {
                return in.value(index);
            }
        };
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
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (file.errors != null) {
            try (Writer w = Files.newBufferedWriter(file.errors, StandardCharsets.UTF_8)) {
                writeCsv(w, sorted);
            } catch (IOException e) {
                err.println("error: cannot write --errors " + file.errors + ": " + e.getMessage());
            }
        }
        err.flush();
        return ExitCodes.DATA_ERROR;
    }

    static final int VALUE_SHOWN = ImportReport.VALUE_SHOWN;
    static final int REASON_SHOWN = ImportReport.REASON_SHOWN;

    static String visible(String text, int max) {
        return ImportReport.visible(text, max);
    }

    private static void writeCsv(Appendable out, List<RowError> errors) throws IOException {
        CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180.builder().setRecordSeparator("\n").get());
        csv.printRecord("line", "column", "value", "reason");
        for (RowError e : errors) {
            csv.printRecord(e.line(), e.column(), visible(e.value(), VALUE_SHOWN), visible(e.reason(), REASON_SHOWN));
        }
        csv.flush();
    }
}
