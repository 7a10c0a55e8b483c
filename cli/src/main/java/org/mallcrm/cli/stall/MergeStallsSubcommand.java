package org.mallcrm.cli.stall;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.mallcrm.application.stall.port.in.MergeStallsCommand;
import org.mallcrm.cli.CommandSupport;
import org.mallcrm.domain.money.Money;
import org.mallcrm.domain.stall.StallNo;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code mallcrm stalls merge NO NO… --as NEW}. */
@Command(name = "merge",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {"Merge neighbouring vacant stalls into one (铺位合并) and file the merge document.",
            "",
            "The stalls must be on one floor, all VACANT, and joined by shared walls of at least 500 mm: stalls "
                + "that touch only at a corner, or not at all, are refused. Their outlines' union must be one "
                + "simple polygon. The new stall is VACANT; its leasable area is the sum; its base rent the "
                + "leasable-area-weighted average (or --base-rent); floor, zone and business type come from the "
                + "first stall named. The merged stalls become MERGED (their numbers are not reused).",
            "Exit 1 when a rule refuses; nothing is changed then."})
public final class MergeStallsSubcommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(arity = "2..*", paramLabel = "STALL_NO", description = "The stalls to merge (two or more).")
    List<String> nos;

    @Option(names = "--as", required = true, paramLabel = "NEW_NO", description = "The merged stall's number.")
    String as;

    @Option(names = "--base-rent", paramLabel = "YUAN",
            description = "Set the merged stall's base rent (yuan per m² per month) instead of the weighted average.")
    String baseRent;

    @Mixin
    TrailOptions trail;

    @Override
    public Integer call() {
        Optional<Money> rent = Optional.ofNullable(baseRent).map(Money::parse);
        if (rent.isPresent() && rent.get().isNegative()) {
            throw new IllegalArgumentException("--base-rent cannot be negative");
        }
        MergeStallsCommand command = new MergeStallsCommand(nos.stream().map(StallNo::of).toList(), StallNo.of(as),
                rent, trail.approval());
        return ReshapePrinter.print(spec, CommandSupport.context(spec).mergeStalls().merge(command));
    }
}
