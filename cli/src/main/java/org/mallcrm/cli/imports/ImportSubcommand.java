package org.mallcrm.cli.imports;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code mallcrm import KIND FILE}: one subcommand per kind of file. */
@Command(name = "import",
        mixinStandardHelpOptions = true,
        description = {
            "Import a file of stalls, merchants, leases, receipts, trips, scans or buyers.",
            "",
            "All or nothing: if any row is invalid nothing is written, every bad row is reported "
                + "(line,column,value,reason; the header is line 1) on stderr and in --errors, and the exit "
                + "code is 65. Importing the same file again changes nothing.",
        },
        subcommands = {
            StallsImportSubcommand.class,
            MerchantsImportSubcommand.class,
            LeasesImportSubcommand.class,
            ReceiptsImportSubcommand.class,
            TripsImportSubcommand.class,
            ScansImportSubcommand.class,
            BuyersImportSubcommand.class,
        })
public final class ImportSubcommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getErr());
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "say which KIND to import");
    }
}
