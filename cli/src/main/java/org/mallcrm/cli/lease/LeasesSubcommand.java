package org.mallcrm.cli.lease;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.mallcrm.adapters.http.lease.AmendmentJson;
import org.mallcrm.adapters.http.lease.LeaseJson;
import org.mallcrm.adapters.http.lease.ScheduleJson;
import org.mallcrm.application.common.port.in.Page;
import org.mallcrm.application.lease.port.in.AmendmentSpec;
import org.mallcrm.application.lease.port.in.LeaseQueries;
import org.mallcrm.application.lease.port.in.LeaseSpec;
import org.mallcrm.application.lease.port.in.LeaseUseCases;
import org.mallcrm.application.lease.port.out.Leases.LeaseRecord;
import org.mallcrm.cli.AppContext;
import org.mallcrm.cli.CliException;
import org.mallcrm.cli.CommandSupport;
import org.mallcrm.cli.imports.ImportFileOptions;
import org.mallcrm.cli.imports.LeasesImportSubcommand;
import org.mallcrm.domain.lease.LeaseNo;
import org.mallcrm.domain.merchant.MerchantNo;
import org.mallcrm.domain.receipt.ScheduleView;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code mallcrm leases …}: leases (租赁合同) and their payment plans. */
@Command(name = "leases",
        mixinStandardHelpOptions = true,
        description = {"Create, import, show, amend leases (租赁合同) and their schedules.",
            "",
            "Signing a lease generates its payment plan, moves its stalls to LEASED and the merchant to SIGNED, and "
                + "applies earnest money the same merchant holds on the stalls. A blacklisted merchant is refused "
                + "(exit 1); leases of one stall never overlap in time."},
        subcommands = {LeasesSubcommand.Create.class, LeasesSubcommand.Import.class, LeasesSubcommand.ListLeases.class,
            LeasesSubcommand.Show.class, LeasesSubcommand.Schedule.class, LeasesSubcommand.Amend.class,
            LeasesSubcommand.Deposit.class, LeasesSubcommand.ReleaseExpired.class})
public final class LeasesSubcommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "create", mixinStandardHelpOptions = true,
            description = {"Sign a lease from a spec file.",
                "",
                "SPEC is the contract's lease spec JSON: lease_no, merchant_no, stall_nos, kind (NEW, RENEWAL, "
                    + "RELOCATION), start, end, leasable_area_m2 (default: the stalls' sum), rent_per_m2_month "
                    + "(or rent_per_m2_day), billing (MONTHLY, QUARTERLY, SEMIANNUAL, ANNUAL), advance_days, "
                    + "rent_free [{from,to}], escalation {percent, every_months, anchor, compound}, proration "
                    + "(ACTUAL_DAYS, THIRTY_DAY, YEAR_365_OVER_12), management_fee_per_m2_month, security_deposit, "
                    + "ratios; optional signing_date (default: the day the lease is entered; the merchant's "
                    + "credit is checked on it), rent_start_date (计租日, where an escalation anchored at "
                    + "RENT_START counts from; default: the day after a rent-free period that begins on the start, "
                    + "else the start), placement_no (an approved placement fills merchant, stalls, area and "
                    + "price), relocated_from (required for RELOCATION: the lease it replaces).",
                "",
                "A RELOCATION (调铺) ends the old lease of the same merchant the day before the new start, frees "
                    + "its stalls the new lease does not take, settles its arrears and late fees from the money paid "
                    + "for days after that day (a straddling period prorated by days) and then from its deposit, "
                    + "puts the rest of that money against the new lease's oldest installments and carries the rest "
                    + "of the deposit over; the printed lease then has a 'relocation' object with the figures.",
                "",
                "Prints the lease."})
    static final class Create implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Option(names = "--spec", required = true, paramLabel = "FILE.json", description = "The lease spec.")
        Path file;

        @Override
        public Integer call() {
            LeaseSpec leaseSpec = CliOutcomes.readJson(file, LeaseSpec.class);
            AppContext ctx = CommandSupport.context(spec);
            LeaseUseCases.Signing signed = CliOutcomes.value(ctx.leaseUseCases().sign(leaseSpec));
            CommandSupport.output(spec).one(LeaseJson.of(signed.lease(), ctx.clock().today(), signed.relocation()));
            return 0;
        }
    }

    @Command(name = "import", mixinStandardHelpOptions = true,
            description = {"Sign many leases from JSON Lines, all or nothing.",
                "", "The same as 'mallcrm import leases FILE.jsonl'."})
    static final class Import implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Mixin
        ImportFileOptions file;

        @Override
        public Integer call() {
            return LeasesImportSubcommand.run(spec, file);
        }
    }

    static final List<String> TABLE_COLUMNS = List.of("lease_no", "merchant_no", "stall_nos", "kind", "start", "end",
            "status", "monthly_rent", "total", "version");

    @Command(name = "list", mixinStandardHelpOptions = true,
            description = {"List leases in number order.", "", "Optionally only one merchant's."})
    static final class ListLeases implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Option(names = "--merchant", paramLabel = "M", description = "Only this merchant's leases.")
        String merchant;

        @Override
        public Integer call() {
            AppContext ctx = CommandSupport.context(spec);
            LeaseQueries q = ctx.leaseQueries();
            List<LeaseJson> all = new ArrayList<>();
            String cursor = null;
            do {
                Page<LeaseRecord> page = q.list(merchant == null ? null : MerchantNo.of(merchant), cursor,
                        LeaseQueries.MAX_PAGE);
                page.items().forEach(r -> all.add(LeaseJson.of(r, ctx.clock().today())));
                cursor = page.nextCursor();
            } while (cursor != null);
            CommandSupport.output(spec).list(all, TABLE_COLUMNS);
            return 0;
        }
    }

    @Command(name = "show", mixinStandardHelpOptions = true,
            description = {"Show one lease.", "", "Its current terms, version, status, totals and credit."})
    static final class Show implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "LEASE_NO")
        String no;

        @Override
        public Integer call() {
            AppContext ctx = CommandSupport.context(spec);
            LeaseRecord r = ctx.leaseQueries().find(LeaseNo.of(no))
                    .orElseThrow(() -> CliException.notFound("lease " + no));
            CommandSupport.output(spec).one(LeaseJson.of(r, ctx.clock().today()));
            return 0;
        }
    }

    @Command(name = "schedule", mixinStandardHelpOptions = true,
            description = {"Show a lease's payment plan (收款计划) as of a day.",
                "",
                "Each installment with its period, amount, due date, what is paid, the status (SCHEDULED, DUE, "
                    + "PARTLY_PAID, PAID, OVERDUE), outstanding principal and late fee accrued."})
    static final class Schedule implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "LEASE_NO")
        String no;

        @Option(names = "--as-of", paramLabel = "DATE", description = "The day to show it as of (default: today).")
        LocalDate asOf;

        @Override
        public Integer call() {
            AppContext ctx = CommandSupport.context(spec);
            LocalDate day = asOf == null ? ctx.clock().today() : asOf;
            ScheduleView v = ctx.leaseQueries().schedule(LeaseNo.of(no), day)
                    .orElseThrow(() -> CliException.notFound("lease " + no));
            ScheduleJson json = ScheduleJson.of(v, day);
            if (CommandSupport.root(spec).format() == org.mallcrm.cli.output.Format.JSON) {
                CommandSupport.output(spec).one(json);
            } else {
                CommandSupport.output(spec).list(json.installments(), List.of("seq", "period_start", "period_end",
                        "amount", "due_on", "paid", "status", "outstanding", "late_fee"));
            }
            return 0;
        }
    }

    @Command(name = "amend", mixinStandardHelpOptions = true,
            description = {"Amend a lease (合同变更单): a new version that regenerates only the future.",
                "",
                "AMENDMENT.json: {\"amendment_no\": \"A-1\", \"effective_on\": \"2026-07-15\", \"note\": \"…\", "
                    + "\"changes\": [{\"type\": \"FREE_EXTENSION\", \"months\": 1}, {\"type\": \"RENT_FREE_MONTHS\", "
                    + "\"from\": \"2026-10-15\", \"months\": 1}, {\"type\": \"PRICE_CHANGE\", \"from\": "
                    + "\"2026-10-15\", \"rent_per_m2\": \"190.00\"}]}. Installments due on or before the effective "
                    + "day, or with money on them, are kept; the rest are regenerated. Prints what changed."})
    static final class Amend implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "LEASE_NO")
        String no;

        @Option(names = "--spec", required = true, paramLabel = "AMENDMENT.json", description = "The amendment.")
        Path file;

        @Override
        public Integer call() {
            AmendmentSpec amendment = CliOutcomes.readJson(file, AmendmentSpec.class);
            LeaseUseCases.Amended a = CliOutcomes.value(CommandSupport.context(spec).leaseUseCases()
                    .amend(LeaseNo.of(no), amendment));
            CommandSupport.output(spec).one(AmendmentJson.of(no, a.report()));
            return 0;
        }
    }

    @Command(name = "deposit", mixinStandardHelpOptions = true,
            description = {"Record security deposit (押金) paid in for a lease.",
                "",
                "Up to the lease's security_deposit; held during the lease and settled at exit against arrears, "
                    + "late fees and damages. Prints the lease (deposit_received, deposit_held)."})
    static final class Deposit implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "LEASE_NO")
        String no;

        @Option(names = "--amount", required = true, paramLabel = "A", description = "Yuan.")
        String amount;

        @Override
        public Integer call() {
            AppContext ctx = CommandSupport.context(spec);
            LeaseRecord r = CliOutcomes.value(ctx.leaseUseCases().receiveDeposit(LeaseNo.of(no),
                    DepositsSubcommand.money("--amount", amount)));
            CommandSupport.output(spec).one(LeaseJson.of(r, ctx.clock().today()));
            return 0;
        }
    }

    @Command(name = "release-expired", mixinStandardHelpOptions = true,
            description = {"Free the stalls of leases that ran to their end.",
                "",
                "A stall still LEASED whose leases all ended before the day (and that no later lease holds) goes "
                    + "back to VACANT. Prints the stalls freed."})
    static final class ReleaseExpired implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Option(names = "--as-of", paramLabel = "DATE", description = "The day (default: today).")
        LocalDate asOf;

        @Override
        public Integer call() {
            List<java.util.Map<String, String>> rows = CommandSupport.context(spec).leaseUseCases()
                    .releaseExpired(asOf).stream().map(s -> java.util.Map.of("stall_no", s.value())).toList();
            CommandSupport.output(spec).list(rows, List.of("stall_no"));
            return 0;
        }
    }
}
