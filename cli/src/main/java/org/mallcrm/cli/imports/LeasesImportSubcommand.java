package org.mallcrm.cli.imports;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import com.fasterxml.jackson.core.JsonProcessingException;
import org.mallcrm.adapters.http.common.Json;
import org.mallcrm.application.common.port.in.ImportOutcome;
import org.mallcrm.application.lease.port.in.LeaseSpec;
import org.mallcrm.application.lease.port.in.LeaseUseCases;
import org.mallcrm.cli.CliException;
import org.mallcrm.cli.CommandSupport;
import org.mallcrm.cli.ExitCodes;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code mallcrm import leases FILE.jsonl} (the same as {@code mallcrm leases import}). */
@Command(name = "leases",
        mixinStandardHelpOptions = true,
        description = {
            "Import leases (租赁合同) from JSON Lines.",
            "",
            "One lease spec per line (the shape 'leases create --spec' takes); blank lines are skipped. Every "
                + "lease is signed — plan generated, stalls LEASED, earnest money on them applied — or none is. "
                + "A lease_no already stored with the same terms is unchanged; with other terms it is an error "
                + "(change a lease with 'leases amend').",
        })
public final class LeasesImportSubcommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    ImportFileOptions file;

    @Override
    public Integer call() {
        return run(spec, file);
    }

    /** Reads the file and imports it; shared with {@code leases import}. */
    public static int run(CommandSpec spec, ImportFileOptions file) {
        List<LeaseUseCases.SpecLine> lines = read(file);
        ImportOutcome outcome = CommandSupport.context(spec).leaseUseCases().importLeases(lines,
                ImportRunner.options(file));
        if (outcome instanceof ImportOutcome.Rejected r) {
            return ImportRunner.reject(r.errors(), file, CommandSupport.err(spec));
        }
        CommandSupport.err(spec).println("leases: " + ((ImportOutcome.Imported) outcome).summary());
        CommandSupport.err(spec).flush();
        return 0;
    }

    static List<LeaseUseCases.SpecLine> read(ImportFileOptions file) {
        List<LeaseUseCases.SpecLine> lines = new ArrayList<>();
        try (BufferedReader in = Files.newBufferedReader(file.file, StandardCharsets.UTF_8)) {
            String text;
            int n = 0;
            while ((text = in.readLine()) != null) {
                n++;
                if (n == 1 && text.startsWith("\uFEFF")) {
                    text = text.substring(1);
                }
                if (text.isBlank()) {
                    continue;
                }
                try {
                    lines.add(new LeaseUseCases.SpecLine(n, Json.mapper().readValue(text, LeaseSpec.class), null));
                } catch (JsonProcessingException e) {
                    lines.add(new LeaseUseCases.SpecLine(n, null, "not a lease spec: " + e.getOriginalMessage()));
                }
            }
        } catch (NoSuchFileException e) {
            throw new CliException(ExitCodes.NO_INPUT, "no such file: " + file.file);
        } catch (IOException e) {
            throw new CliException(ExitCodes.NO_INPUT, "cannot read " + file.file + ": " + e.getMessage());
        }
        return lines;
    }
}
