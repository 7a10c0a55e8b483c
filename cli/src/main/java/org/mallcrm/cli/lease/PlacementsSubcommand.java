package org.mallcrm.cli.lease;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.mallcrm.adapters.http.lease.PlacementJson;
import org.mallcrm.application.common.port.in.Page;
import org.mallcrm.application.lease.port.in.PlacementUseCases;
import org.mallcrm.cli.CliException;
import org.mallcrm.cli.CommandSupport;
import org.mallcrm.domain.merchant.MerchantNo;
import org.mallcrm.domain.placement.Grade;
import org.mallcrm.domain.placement.Placement;
import org.mallcrm.domain.stall.StallNo;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code mallcrm placements …}: placements (落位单). */
@Command(name = "placements",
        mixinStandardHelpOptions = true,
        description = {"Draft, submit, approve or reject placements (落位单).",
            "",
            "A placement names the stalls chosen for a merchant, the agreed price per m² per month and the "
                + "merchant's grade: DRAFT → SUBMITTED → APPROVED | REJECTED, every step kept in its trail. An "
                + "approved placement pre-fills a lease ('placement_no' in the lease spec)."},
        subcommands = {PlacementsSubcommand.Create.class, PlacementsSubcommand.Submit.class,
            PlacementsSubcommand.Approve.class, PlacementsSubcommand.Reject.class, PlacementsSubcommand.Show.class,
            PlacementsSubcommand.ListPlacements.class})
public final class PlacementsSubcommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    static void print(CommandSpec spec, Placement p) {
        CommandSupport.output(spec).one(PlacementJson.of(p));
    }

    @Command(name = "create", mixinStandardHelpOptions = true,
            description = {"Draft a placement.",
                "", "The area is the stalls' leasable area; the price defaults to their base rent, the grade to "
                    + "the merchant's qualification grade."})
    static final class Create implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Option(names = "--merchant", required = true, paramLabel = "M")
        String merchant;

        @Option(names = "--stall", required = true, paramLabel = "STALL_NO", description = "Repeat for several.")
        List<String> stalls;

        @Option(names = "--rent", paramLabel = "A", description = "Agreed yuan per m² per month.")
        String rent;

        @Option(names = "--grade", paramLabel = "G", description = "A, B, C or D.")
        Grade grade;

        @Option(names = "--by", paramLabel = "WHO", description = "Who drafts it (default: staff).")
        String by;

        @Option(names = "--placement-no", paramLabel = "NO", description = "Its number (default: P-000001 …).")
        String no;

        @Override
        public Integer call() {
            print(spec, CliOutcomes.value(CommandSupport.context(spec).placementUseCases().create(
                    new PlacementUseCases.Create(MerchantNo.of(merchant), stalls.stream().map(StallNo::of).toList(),
                            rent == null ? null : DepositsSubcommand.money("--rent", rent), grade, by, no))));
            return 0;
        }
    }

    @Command(name = "submit", mixinStandardHelpOptions = true, description = {"Submit a draft for approval.", ""})
    static final class Submit implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "PLACEMENT_NO")
        String no;

        @Option(names = "--by", paramLabel = "WHO")
        String by;

        @Override
        public Integer call() {
            print(spec, CliOutcomes.value(CommandSupport.context(spec).placementUseCases().submit(no, by)));
            return 0;
        }
    }

    @Command(name = "approve", mixinStandardHelpOptions = true,
            description = {"Approve a submitted placement.",
                "", "Refused for a grade D or blacklisted merchant; moves the merchant to PLACED."})
    static final class Approve implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "PLACEMENT_NO")
        String no;

        @Option(names = "--by", paramLabel = "WHO")
        String by;

        @Option(names = "--note", paramLabel = "TEXT")
        String note;

        @Override
        public Integer call() {
            print(spec, CliOutcomes.value(CommandSupport.context(spec).placementUseCases().approve(no, by, note)));
            return 0;
        }
    }

    @Command(name = "reject", mixinStandardHelpOptions = true,
            description = {"Reject a submitted placement, with the reason.", ""})
    static final class Reject implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "PLACEMENT_NO")
        String no;

        @Option(names = "--by", paramLabel = "WHO")
        String by;

        @Option(names = "--reason", required = true, paramLabel = "TEXT")
        String reason;

        @Override
        public Integer call() {
            print(spec, CliOutcomes.value(CommandSupport.context(spec).placementUseCases().reject(no, by, reason)));
            return 0;
        }
    }

    @Command(name = "show", mixinStandardHelpOptions = true, description = {"Show a placement with its trail.", ""})
    static final class Show implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "PLACEMENT_NO")
        String no;

        @Override
        public Integer call() {
            print(spec, CommandSupport.context(spec).placementUseCases().find(no)
                    .orElseThrow(() -> CliException.notFound("placement " + no)));
            return 0;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = {"List placements in number order.", ""})
    static final class ListPlacements implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            PlacementUseCases p = CommandSupport.context(spec).placementUseCases();
            List<PlacementJson> all = new ArrayList<>();
            String cursor = null;
            do {
                Page<Placement> page = p.list(cursor, 1000);
                page.items().forEach(x -> all.add(PlacementJson.of(x)));
                cursor = page.nextCursor();
            } while (cursor != null);
            CommandSupport.output(spec).list(all, List.of("placement_no", "merchant_no", "stall_nos",
                    "leasable_area_m2", "rent_per_m2_month", "grade", "status"));
            return 0;
        }
    }
}
