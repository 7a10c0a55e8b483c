package org.mallcrm.cli.imports;

import java.util.concurrent.Callable;
import org.mallcrm.application.lease.port.in.ReceiptUseCases;
import org.mallcrm.cli.CommandSupport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code mallcrm import receipts FILE}. */
@Command(name = "receipts",
        mixinStandardHelpOptions = true,
        description = {
            "Import receipts (收款单).",
            "",
            "Columns, in any order: receipt_no, lease_no, received_on (YYYY-MM-DD), amount (yuan, two decimals), "
                + "method (optional). Rows are allocated in file order, each oldest due first, late fee before "
                + "principal. A receipt number already recorded with the same lease, day, amount and method (or none) is unchanged; "
                + "with other values it is an error (a recorded receipt is never changed, not even with --update).",
        })
public final class ReceiptsImportSubcommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    ImportFileOptions file;

    @Override
    public Integer call() {
        ReceiptUseCases useCase = CommandSupport.context(spec).receipts();
        return ImportRunner.run(file, CommandSupport.err(spec),
                rows -> useCase.importReceipts(rows, ImportRunner.options(file)), "receipts");
    }
}
