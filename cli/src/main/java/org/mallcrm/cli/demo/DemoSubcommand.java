package org.mallcrm.cli.demo;

import java.util.List;
import java.util.concurrent.Callable;
import org.mallcrm.application.stall.port.in.StallFilter;
import org.mallcrm.cli.AppContext;
import org.mallcrm.cli.CliException;
import org.mallcrm.cli.CommandSupport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code mallcrm demo}: fill an empty database with a generated demo mall. */
@Command(name = "demo",
        mixinStandardHelpOptions = true,
        description = {"Generate a demo mall into an empty database.",
            "",
            "Floors, zones and stalls of every trade and status; the same --seed gives the same mall.",
            "",
            "Also mints the demo staff token (named demo-staff-N), kept beside the database file in "
                + "DATABASE.demo-token so that serve --demo shows the same token again."})
public final class DemoSubcommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "2026", description = "Random seed (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--size", paramLabel = "SIZE", defaultValue = "small",
            description = "small (≈700 stalls), medium (≈2,300) or large (≈6,900); default ${DEFAULT-VALUE}.")
    DemoMall.Size size;

    @Override
    public Integer call() {
        AppContext ctx = CommandSupport.context(spec);
        if (!isEmpty(ctx)) {
            throw CliException.refused("mall " + ctx.mall().code() + " already has stalls; use a new --db, or "
                    + "'malls create' another mall and --mall it, for the demo");
        }
        CommandSupport.err(spec).println("generating a " + size.name().toLowerCase(java.util.Locale.ROOT)
                + " demo mall (stalls, merchants, leases, receipts, channels, scans, buyers, campaigns, coupons) …");
        CommandSupport.err(spec).flush();
        DemoMall.Summary s = DemoMall.populate(ctx, seed, size);
        CommandSupport.err(spec).println("demo mall generated: " + s.stalls() + " stalls (seed " + seed + ", "
                + size.name().toLowerCase(java.util.Locale.ROOT) + ")");
        CommandSupport.err(spec).println("  and " + s.leasing());
        CommandSupport.err(spec).println("  and " + s.buyers());
        CommandSupport.err(spec).println("demo staff token: " + DemoToken.mint(ctx).token()
                + "  (serve --demo shows it again)");
        return 0;
    }

    /** No stalls yet. */
    public static boolean isEmpty(AppContext ctx) {
        return ctx.stalls().list(StallFilter.ALL, null, 1).equals(List.of());
    }
}
