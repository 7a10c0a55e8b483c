package org.mallcrm.cli.stall;

import java.util.Optional;
import java.util.concurrent.Callable;
import org.mallcrm.adapters.http.stall.ReshapeInput;
import org.mallcrm.application.stall.port.in.ChangeStallCommand;
import org.mallcrm.cli.CliException;
import org.mallcrm.cli.CommandSupport;
import org.mallcrm.domain.stall.StallNo;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code mallcrm stalls change NO --number NEW | --leasable-area A}. */
@Command(name = "change",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {"Renumber a stall or record a newly surveyed leasable area (铺位变更), filing a change document.",
            "",
            "--number gives the stall a new number; its lineage follows, and 'stalls history' of the old number "
                + "still finds it. --leasable-area records a new surveyed figure (m², two decimals). Give one or "
                + "both. Any active stall may be changed (a leased stall's lease keeps its own figures); a split or "
                + "merged one may not, and numbers in use or retired are not given again.",
            "Exit 1 when a rule refuses; nothing is changed then."})
public final class ChangeStallSubcommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "STALL_NO", description = "The stall to change.")
    String no;

    @Option(names = "--number", paramLabel = "NEW_NO", description = "Its new number.")
    String number;

    @Option(names = "--leasable-area", paramLabel = "M2", description = "Its new leasable area, e.g. 46.20.")
    String leasableArea;

    @Mixin
    TrailOptions trail;

    @Override
    public Integer call() {
        if (number == null && leasableArea == null) {
            throw CliException.usage("give --number, --leasable-area, or both");
        }
        ChangeStallCommand command = new ChangeStallCommand(StallNo.of(no),
                Optional.ofNullable(number).map(StallNo::of),
                Optional.ofNullable(leasableArea).map(ReshapeInput::positiveArea), trail.approval());
        return ReshapePrinter.print(spec, CommandSupport.context(spec).changeStall().change(command));
    }
}
