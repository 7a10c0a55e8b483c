package org.mallcrm.cli.lease;

import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.mallcrm.adapters.http.lease.AllocationJson;
import org.mallcrm.application.lease.port.in.ReceiptUseCases;
import org.mallcrm.cli.CommandSupport;
import org.mallcrm.domain.lease.LeaseNo;
import org.mallcrm.domain.money.Money;
import org.mallcrm.domain.receipt.ReceiptAllocation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code mallcrm receipts …}: money received for leases. */
@Command(name = "receipts",
        mixinStandardHelpOptions = true,
        description = {"Record receipts (收款单) against leases.",
            "", "Files of receipts come in with 'mallcrm import receipts FILE'."},
        subcommands = {ReceiptsSubcommand.Record.class})
public final class ReceiptsSubcommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "record", mixinStandardHelpOptions = true,
            description = {"Record a receipt and print its allocation.",
                "",
                "Allocated to installments due on or before the day, oldest first, each its late fee then rent then "
                    + "management fee; the rest goes to the next installments (autoApplyCredit) or is held as "
                    + "credit. JSON: {receipt_no, amount, allocations: [{seq, kind, amount}], credit}. Recording the "
                    + "same --receipt-no again changes nothing and prints the first allocation."})
    static final class Record implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Option(names = "--lease", required = true, paramLabel = "L", description = "The lease number.")
        String lease;

        @Option(names = "--amount", required = true, paramLabel = "A", description = "Yuan, e.g. 8190.00.")
        String amount;

        @Option(names = "--on", required = true, paramLabel = "DATE", description = "The day it was received.")
        LocalDate on;

        @Option(names = "--method", paramLabel = "M", description = "How it was paid: CASH, TRANSFER, WECHAT …")
        String method;

        @Option(names = "--receipt-no", paramLabel = "N",
                description = "The receipt's number (default: R-<lease>-<n>); makes a retry safe.")
        String receiptNo;

        @Override
        public Integer call() {
            Money money = DepositsSubcommand.money("--amount", amount);
            ReceiptUseCases useCase = CommandSupport.context(spec).receipts();
            ReceiptAllocation a = CliOutcomes.value(useCase.record(new ReceiptUseCases.RecordReceipt(
                    LeaseNo.of(lease), money, on, method, receiptNo)));
            CommandSupport.output(spec).one(AllocationJson.of(a));
            return 0;
        }
    }
}
