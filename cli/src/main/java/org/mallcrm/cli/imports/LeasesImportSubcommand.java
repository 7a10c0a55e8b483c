package org.mallcrm.cli.imports;

import java.nio.file.Path;
import org.mallcrm.adapters.http.imports.LeaseLines;
import java.util.List;
import java.util.concurrent.Callable;
import org.mallcrm.application.common.port.in.ImportOutcome;
import org.mallcrm.application.common.port.in.UnreadableFileException;
import org.mallcrm.application.lease.port.in.LeaseUseCases;
import org.mallcrm.cli.CommandSupport;
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
        ImportRunner.checkErrorsTarget(file);
        List<LeaseUseCases.SpecLine> lines;
        try {
            lines = read(file.file);
        } catch (UnreadableFileException e) {
            return ImportRunner.unreadable(e.getMessage(), file, CommandSupport.err(spec));
        }
        ImportOutcome outcome = CommandSupport.context(spec).leaseUseCases().importLeases(lines,
                ImportRunner.options(file));
        return ImportRunner.report(outcome, file, CommandSupport.err(spec), "leases");
    }

    /**
     * The file's specs, one a line (blank lines skipped; a line that is not a lease spec is kept with the reason).
     *
     * @throws UnreadableFileException when it is empty or not UTF-8 (naming the line of the bad byte)
     */
    static List<LeaseUseCases.SpecLine> read(Path file) {
        return LeaseLines.read(file);
    }
}
