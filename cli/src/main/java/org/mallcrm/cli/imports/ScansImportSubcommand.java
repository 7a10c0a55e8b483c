package org.mallcrm.cli.imports;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.mallcrm.application.channel.port.in.ImportScansUseCase;
import org.mallcrm.application.common.port.in.RowStream;
import org.mallcrm.application.common.port.in.ImportOutcome;
import org.mallcrm.application.common.port.in.RowError;
import org.mallcrm.application.common.port.in.UnreadableFileException;
import org.mallcrm.cli.AppContext;
import org.mallcrm.cli.CommandSupport;
import org.mallcrm.cli.ExitCodes;
import org.mallcrm.adapters.http.imports.ImportFile;
import org.mallcrm.cli.io.Progress;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code mallcrm import scans FILE}: streams a scan file of any size. */
@Command(name = "scans",
        mixinStandardHelpOptions = true,
        description = {
            "Import scans (扫码记录): channel codes scanned on coaches and check-ins at the gates.",
            "",
            "Columns, in any order: scan_id (the natural key), kind (CHANNEL: the code is a trip's channel_code; "
                + "CHECKIN: a gate's check-in code), code, buyer_id, scanned_at (ISO-8601 instant with offset).",
            "",
            "Streams: the file is read and written in constant memory whatever its size (millions of rows), in one "
                + "transaction that commits only when every row is good. A scan_id stored with the same values is "
                + "unchanged; with other values it is an error unless --update. Codes naming no trip are accepted "
                + "and kept (reconciliation counts them as UNKNOWN_CODE).",
        })
public final class ScansImportSubcommand implements Callable<Integer> {

    /** Errors kept in memory and sorted; past this many they are spilled to a file in the order found. */
    private static final int SORTED_ERRORS = 10_000;

    @Spec
    CommandSpec spec;

    @Mixin
    ImportFileOptions file;

    @Override
    public Integer call() {
        AppContext ctx = CommandSupport.context(spec);
        PrintWriter err = CommandSupport.err(spec);
        ImportScansUseCase useCase = ctx.importScans();
        ImportRunner.checkErrorsTarget(file);
        try (Errors errors = new Errors()) {
            ImportOutcome outcome;
            try (ImportFile in = ImportFile.open(file.file);
                    Progress progress = Progress.start("importing scans", in.size(), " KB", 1024)) {
                RowStream rows = ImportRunner.withProgress(in, progress);
                outcome = useCase.importScans(rows, ImportRunner.options(file), errors::add);
                progress.stepTo(in.size());
            } catch (UnreadableFileException e) {
                outcome = new ImportOutcome.Unreadable(e.getMessage());
            }
            return switch (outcome) {
                case ImportOutcome.Imported done -> ImportRunner.report(done, file, err, "scans");
                case ImportOutcome.Unreadable u -> ImportRunner.unreadable(u.problem(), file, err);
                case ImportOutcome.Rejected r -> errors.report(err);
            };
        }
    }

    /** Every error, in memory while few (then sorted by line), spilled to a temporary file when many. */
    private final class Errors implements AutoCloseable {
        private final List<RowError> kept = new ArrayList<>();
        private Path spill;
        private CSVPrinter spillCsv;
        private long count;

        void add(RowError e) {
            count++;
            try {
                if (spillCsv == null && kept.size() < SORTED_ERRORS) {
                    kept.add(e);
                    return;
                }
                if (spillCsv == null) {
                    spill = Files.createTempFile("mallcrm-scan-errors", ".csv");
                    BufferedWriter w = Files.newBufferedWriter(spill, StandardCharsets.UTF_8);
                    spillCsv = new CSVPrinter(w, CSVFormat.RFC4180.builder().setRecordSeparator("\n").get());
                    for (RowError k : kept.stream().sorted().toList()) {
                        spillCsv.printRecord(k.line(), k.column(), k.value(), k.reason());
                    }
                    kept.clear();
                }
                spillCsv.printRecord(e.line(), e.column(), e.value(), e.reason());
            } catch (IOException ex) {
                throw new UncheckedIOException(ex);
            }
        }

        int report(PrintWriter err) {
            if (spillCsv == null) {
                return ImportRunner.reject(kept, file, err);
            }
            try {
                spillCsv.close();
                err.println("error: " + file.file + ": " + count + " problems; nothing was written");
                copy(err);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            if (file.errors != null) {
                try (Writer w = Files.newBufferedWriter(file.errors, StandardCharsets.UTF_8)) {
                    copy(w);
                } catch (IOException e) {
                    err.println("error: cannot write --errors " + file.errors + ": " + e.getMessage());
                }
            }
            err.flush();
            return ExitCodes.DATA_ERROR;
        }

        private void copy(Writer out) throws IOException {
            out.write("line,column,value,reason\n");
            try (BufferedReader r = Files.newBufferedReader(spill, StandardCharsets.UTF_8)) {
                r.transferTo(out);
            }
            out.flush();
        }

        @Override
        public void close() {
            try {
                if (spillCsv != null) {
                    spillCsv.close();
                }
                if (spill != null) {
                    Files.deleteIfExists(spill);
                }
            } catch (IOException ignored) {
                // a temporary file left behind
            }
        }
    }
}
