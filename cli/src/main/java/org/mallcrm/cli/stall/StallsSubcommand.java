package org.mallcrm.cli.stall;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.mallcrm.adapters.http.stall.StallJson;
import org.mallcrm.application.common.port.in.Page;
import org.mallcrm.application.stall.port.in.StallFilter;
import org.mallcrm.application.stall.port.in.StallQueries;
import org.mallcrm.cli.CliException;
import org.mallcrm.cli.CommandSupport;
import org.mallcrm.domain.stall.BusinessType;
import org.mallcrm.domain.stall.Stall;
import org.mallcrm.domain.stall.StallNo;
import org.mallcrm.domain.stall.StallStatus;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code mallcrm stalls …}: the mall's stalls. */
@Command(name = "stalls",
        mixinStandardHelpOptions = true,
        description = {"Stalls (铺位): list, show, split, merge, change, history and the floor plan.",
            "",
            "Every split, merge and change is filed as a document with who asked, who approved, when, and "
                + "the day it takes effect; "
                + "a rule that refuses it (exit 1) or malformed input (exit 65) changes nothing."},
        subcommands = {StallsSubcommand.ListStalls.class, StallsSubcommand.ShowStall.class,
            SplitStallSubcommand.class,
            MergeStallsSubcommand.class,
            ChangeStallSubcommand.class,
            StallHistorySubcommand.class,
            FloorPlanSubcommand.class,
        })
public final class StallsSubcommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    static final List<String> TABLE_COLUMNS = List.of("stall_no", "floor", "zone", "business_type", "status",
            "leasable_area_m2", "base_rent", "monthly_rent");

    @Command(name = "list", mixinStandardHelpOptions = true,
            description = "List stalls in stall-number order, optionally filtered.")
    static final class ListStalls implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Option(names = "--floor", paramLabel = "F", description = "Only this floor, e.g. 2F.")
        String floor;

        @Option(names = "--status", paramLabel = "S",
                description = "Only this status: ${COMPLETION-CANDIDATES}.")
        StallStatus status;

        @Option(names = "--business-type", paramLabel = "T", description = "Only this business type, e.g. 女装.")
        String businessType;

        @Override
        public Integer call() {
            StallQueries queries = CommandSupport.context(spec).stallQueries();
            StallFilter filter = new StallFilter(Optional.ofNullable(floor), Optional.ofNullable(status),
                    Optional.ofNullable(businessType).map(BusinessType::new));
            List<StallJson> all = new ArrayList<>();
            String cursor = null;
            do {
                Page<Stall> page = queries.list(filter, cursor, StallQueries.MAX_PAGE);
                page.items().forEach(s -> all.add(StallJson.of(s)));
                cursor = page.nextCursor();
            } while (cursor != null);
            CommandSupport.output(spec).list(all, TABLE_COLUMNS);
            return 0;
        }
    }

    @Command(name = "show", mixinStandardHelpOptions = true, description = "Show one stall.")
    static final class ShowStall implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "STALL_NO", description = "The stall's number, e.g. 2F-A-015.")
        String no;

        @Override
        public Integer call() {
            Stall stall = CommandSupport.context(spec).stallQueries().find(StallNo.of(no))
                    .orElseThrow(() -> CliException.notFound("stall " + no));
            CommandSupport.output(spec).one(StallJson.of(stall));
            return 0;
        }
    }
}
