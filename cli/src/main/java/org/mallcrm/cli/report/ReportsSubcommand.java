package org.mallcrm.cli.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.mallcrm.adapters.http.report.GroupReportJson;
import org.mallcrm.adapters.http.report.MallFiguresJson;
import org.mallcrm.application.report.port.in.GroupReportUseCase.GroupReport;
import org.mallcrm.cli.AppContext;
import org.mallcrm.cli.CliException;
import org.mallcrm.cli.CommandSupport;
import org.mallcrm.cli.output.Format;
import org.mallcrm.cli.output.Output;
import org.mallcrm.domain.report.MallFigures;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code mallcrm reports …}: the figures of a mall and of the group (集团报表). */
@Command(name = "reports",
        mixinStandardHelpOptions = true,
        description = {"Management figures: one mall's (reports mall) or every mall of the group side by side "
                + "(reports group, domain-rules.md §8).", "",
            "Occupancy by leasable area and arrears by age (0–30, 31–60, 61–90, > 90 days past due) on the as-of "
                + "day; rent collection (installments falling due in the period: billed, collected by the as-of "
                + "day), channel heads and commission (trips arriving in the period, as 'commissions reconcile'), "
                + "buyers and coupon cost over the period FROM..AS-OF (default: the as-of day's month so far)."},
        subcommands = {ReportsSubcommand.Mall.class, ReportsSubcommand.Group.class})
public final class ReportsSubcommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    static final class Period {
        @Option(names = "--as-of", paramLabel = "DATE", description = "The day (default: today).")
        LocalDate asOf;

        @Option(names = "--from", paramLabel = "DATE",
                description = "First day of the period (default: the first of the as-of day's month).")
        LocalDate from;

        void check() {
            if (from != null && asOf != null && asOf.isBefore(from)) {
                throw CliException.usage("--as-of " + asOf + " is before --from " + from);
            }
        }
    }

    @Command(name = "mall", mixinStandardHelpOptions = true,
            description = {"One mall's figures (--mall): the row the group report shows for it.",
                "JSON: {mall, name, from, as_of, occupancy, rent_collection, arrears, channels, buyers}."})
    static final class Mall implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @picocli.CommandLine.Mixin
        Period period = new Period();

        @Override
        public Integer call() {
            period.check();
            MallFigures f = CommandSupport.context(spec).mallReport().figures(period.from, period.asOf);
            Output out = CommandSupport.output(spec);
            if (out.format() == Format.JSON) {
                out.one(MallFiguresJson.of(f));
            } else {
                out.list(List.of(GroupReportJson.Row.of(f)), COLUMNS);
            }
            return 0;
        }
    }

    @Command(name = "group", mixinStandardHelpOptions = true,
            description = {"Every mall of the database side by side, and the group's totals; each mall's figures "
                + "are what 'reports mall' gives for it.",
                "JSON: {from, as_of, malls: [{mall, name, occupancy, rent_collection, arrears, channels, buyers}], "
                    + "totals}. Over HTTP: GET /api/v1/group/report with a group-level staff token "
                    + "(tokens create --role STAFF --group)."})
    static final class Group implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @picocli.CommandLine.Mixin
        Period period = new Period();

        @Override
        public Integer call() {
            period.check();
            GroupReport r = AppContext.groupReport(CommandSupport.root(spec).database())
                    .report(period.from, period.asOf);
            Output out = CommandSupport.output(spec);
            if (out.format() == Format.JSON) {
                out.one(GroupReportJson.of(r));
                return 0;
            }
            List<GroupReportJson.Row> rows = new ArrayList<>();
            r.malls().forEach(m -> rows.add(GroupReportJson.Row.of(m)));
            rows.add(GroupReportJson.Row.of(r.totals()));
            out.list(rows, COLUMNS);
            if (out.format() == Format.TABLE) {
                CommandSupport.err(spec).println("period " + r.from() + " .. " + r.asOf() + "; occupancy and arrears "
                        + "as of " + r.asOf());
            }
            return 0;
        }
    }

    static final List<String> COLUMNS = List.of("mall", "name", "occupancy_pct", "leased_area_m2", "billed",
            "collected", "collection_pct", "arrears_0_30", "arrears_31_60", "arrears_61_90", "arrears_over_90",
            "valid_heads", "commission", "buyers", "coupon_cost");
}
