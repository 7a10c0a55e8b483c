package org.mallcrm.cli.lease;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.mallcrm.adapters.http.lease.ExitJson;
import org.mallcrm.application.common.port.in.Page;
import org.mallcrm.application.lease.port.in.ExitUseCases;
import org.mallcrm.cli.CliException;
import org.mallcrm.cli.CommandSupport;
import org.mallcrm.domain.exit.ExitRequest;
import org.mallcrm.domain.exit.ExitType;
import org.mallcrm.domain.exit.Initiator;
import org.mallcrm.domain.lease.LeaseNo;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code mallcrm exits …}: exit requests (退铺申请单) and their settlement. */
@Command(name = "exits",
        mixinStandardHelpOptions = true,
        description = {"Request, approve, withdraw and settle exits (退铺).",
            "",
            "REQUESTED → APPROVED → SETTLED, or WITHDRAWN before settlement. Settling draws up the statement "
                + "(security deposit and credit against arrears, late fees and damages → refund or amount owed), "
                + "ends the lease on the exit day and frees its stalls."},
        subcommands = {ExitsSubcommand.Request.class, ExitsSubcommand.Approve.class, ExitsSubcommand.Withdraw.class,
            ExitsSubcommand.Settle.class, ExitsSubcommand.Show.class, ExitsSubcommand.ListExits.class})
public final class ExitsSubcommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    static void print(CommandSpec spec, ExitRequest e) {
        CommandSupport.output(spec).one(ExitJson.of(e));
    }

    @Command(name = "request", mixinStandardHelpOptions = true,
            description = {"Ask for a lease to end.", "", "Timing (AT_EXPIRY or EARLY) follows from the exit day."})
    static final class Request implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Option(names = "--lease", required = true, paramLabel = "L")
        String lease;

        @Option(names = "--type", required = true, paramLabel = "TYPE",
                description = "SURRENDER, RELOCATION, SUBLET or ASSIGNMENT.")
        ExitType type;

        @Option(names = "--initiator", defaultValue = "MERCHANT", paramLabel = "WHO",
                description = "MERCHANT (default) or MALL.")
        Initiator initiator;

        @Option(names = "--exit-on", required = true, paramLabel = "DATE", description = "The last day in the stall.")
        LocalDate exitOn;

        @Option(names = "--on", paramLabel = "DATE", description = "The day it is asked (default: today).")
        LocalDate on;

        @Option(names = "--reason", paramLabel = "TEXT")
        String reason;

        @Option(names = "--exit-no", paramLabel = "NO", description = "Its number (default: X-000001 …).")
        String no;

        @Override
        public Integer call() {
            print(spec, CliOutcomes.value(CommandSupport.context(spec).exitUseCases().request(
                    new ExitUseCases.Request(LeaseNo.of(lease), type, initiator, on, exitOn, reason, no))));
            return 0;
        }
    }

    @Command(name = "approve", mixinStandardHelpOptions = true, description = {"Approve a requested exit.", ""})
    static final class Approve implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "EXIT_NO")
        String no;

        @Override
        public Integer call() {
            print(spec, CliOutcomes.value(CommandSupport.context(spec).exitUseCases().approve(no)));
            return 0;
        }
    }

    @Command(name = "withdraw", mixinStandardHelpOptions = true,
            description = {"Withdraw an exit before it is settled.", ""})
    static final class Withdraw implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "EXIT_NO")
        String no;

        @Override
        public Integer call() {
            print(spec, CliOutcomes.value(CommandSupport.context(spec).exitUseCases().withdraw(no)));
            return 0;
        }
    }

    @Command(name = "settle", mixinStandardHelpOptions = true,
            description = {"Settle an approved exit and print its statement.",
                "", "The lease ends on the exit day and its stalls become VACANT."})
    static final class Settle implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "EXIT_NO")
        String no;

        @Option(names = "--damages", paramLabel = "A", description = "Damages charged (default 0.00).")
        String damages;

        @Override
        public Integer call() {
            print(spec, CliOutcomes.value(CommandSupport.context(spec).exitUseCases().settle(no,
                    damages == null ? null : DepositsSubcommand.money("--damages", damages))));
            return 0;
        }
    }

    @Command(name = "show", mixinStandardHelpOptions = true,
            description = {"Show an exit request and its statement.", ""})
    static final class Show implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "EXIT_NO")
        String no;

        @Override
        public Integer call() {
            print(spec, CommandSupport.context(spec).exitUseCases().find(no)
                    .orElseThrow(() -> CliException.notFound("exit request " + no)));
            return 0;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = {"List exit requests.", ""})
    static final class ListExits implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            ExitUseCases x = CommandSupport.context(spec).exitUseCases();
            List<ExitJson> all = new ArrayList<>();
            String cursor = null;
            do {
                Page<ExitRequest> page = x.list(cursor, 1000);
                page.items().forEach(e -> all.add(ExitJson.of(e)));
                cursor = page.nextCursor();
            } while (cursor != null);
            CommandSupport.output(spec).list(all, List.of("exit_no", "lease_no", "merchant_no", "type", "initiator",
                    "timing", "exit_on", "status"));
            return 0;
        }
    }
}
