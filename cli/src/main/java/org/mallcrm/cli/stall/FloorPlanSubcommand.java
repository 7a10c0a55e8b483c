package org.mallcrm.cli.stall;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.mallcrm.adapters.http.floor.FloorPlanSvg;
import org.mallcrm.adapters.http.floor.FloorStatsJson;
import org.mallcrm.application.stall.port.in.FloorPlan;
import org.mallcrm.cli.CliException;
import org.mallcrm.cli.CommandSupport;
import org.mallcrm.cli.ExitCodes;
import org.mallcrm.cli.io.OutputFiles;
import org.mallcrm.cli.output.Output;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code mallcrm stalls plan --floor F [--color status|business_type] --out plan.svg}. */
@Command(name = "plan",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {"Draw a floor plan as SVG from the stalls' outlines, and print the floor's figures.",
            "",
            "Every active stall is drawn north up and labelled with its number, coloured by status (vacant white, "
                + "leased blue, reserved amber, renovating grey) or by business type; a legend and the figures "
                + "(stalls, leasable and leased area, leased share, each business type's share of the area) are "
                + "drawn below. Open the file in any browser.",
            "The figures also go to stdout (--format json: {\"floor\", \"stalls\", \"by_status\", "
                + "\"leasable_area_m2\", \"leased_area_m2\", \"leased_area_pct\", \"business_types\"}). "
                + "--out - writes the SVG to stdout instead."})
public final class FloorPlanSubcommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--floor", required = true, paramLabel = "F", description = "The floor, e.g. 1F.")
    String floor;

    @Option(names = "--color", paramLabel = "BY", defaultValue = "status",
            description = "Colour by status (default) or business_type.")
    String color;

    @Option(names = "--out", required = true, paramLabel = "plan.svg",
            description = "Where to write the SVG (its folder must exist), or - for stdout.")
    Path out;

    @Override
    public Integer call() {
        FloorPlanSvg.ColorBy by;
        try {
            by = FloorPlanSvg.ColorBy.parse(color);
        } catch (IllegalArgumentException e) {
            throw CliException.usage("--color: " + e.getMessage());
        }
        boolean toStdout = "-".equals(out.toString());
        if (!toStdout) {
            OutputFiles.checkTarget("--out", out, "the plan");
        }
        FloorPlan plan = CommandSupport.context(spec).floorQueries().plan(floor)
                .orElseThrow(() -> CliException.refused("floor " + floor + " has no active stall"));
        String svg = FloorPlanSvg.render(plan, by);
        if (toStdout) {
            PrintWriter w = spec.commandLine().getOut();
            w.print(svg);
            w.flush();
            return ExitCodes.OK;
        }
        OutputFiles.write("--out", out, "the plan", svg);
        FloorStatsJson stats = FloorStatsJson.of(plan.stats());
        Output o = CommandSupport.output(spec);
        switch (o.format()) {
            case JSON -> o.one(stats);
            case CSV -> o.list(stats.businessTypes(), List.of());
            case TABLE -> {
                PrintWriter w = spec.commandLine().getOut();
                w.println("Floor " + stats.floor() + ": " + stats.stalls() + " stalls, leasable "
                        + stats.leasableAreaM2() + " m², leased " + stats.leasedAreaM2() + " m² ("
                        + stats.leasedAreaPct() + " %)");
                StringBuilder b = new StringBuilder();
                for (Map.Entry<String, Integer> e : stats.byStatus().entrySet()) {
                    b.append(b.isEmpty() ? "" : ", ").append(e.getKey()).append(' ').append(e.getValue());
                }
                w.println(b);
                o.list(stats.businessTypes(), List.of("business_type", "stalls", "leasable_area_m2", "share_pct"));
            }
        }
        CommandSupport.err(spec).println("wrote " + out);
        return ExitCodes.OK;
    }
}
