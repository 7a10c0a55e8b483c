package org.mallcrm.cli.stall;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.mallcrm.adapters.http.common.Json;
import org.mallcrm.adapters.http.stall.ReshapeInput;
import org.mallcrm.application.stall.port.in.SplitStallCommand;
import org.mallcrm.cli.CliException;
import org.mallcrm.cli.CommandSupport;
import org.mallcrm.cli.ExitCodes;
import org.mallcrm.cli.io.JsonDocuments;
import org.mallcrm.domain.stall.StallNo;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code mallcrm stalls split NO --cut x=…|y=… | --into PARTS.json}. */
@Command(name = "split",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {"Split a vacant stall into several (铺位拆分) and file the split document.",
            "",
            "--cut x=2600 cuts along the line x = 2600 mm (y=… along a horizontal line) into two: NO-1 on the "
                + "lower-coordinate side, NO-2 beyond; it works on L-shaped and other non-convex stalls as long "
                + "as the line leaves two pieces.",
            "--into PARTS.json takes drawn parts: [{\"stall_no\": \"…\", \"outline_wkt\": \"POLYGON((…))\", "
                + "\"leasable_area_m2\": \"…\"}, …] (stall_no optional, default NO-1, NO-2 …; leasable_area_m2 "
                + "optional, a surveyed figure). The parts must cover the stall exactly: no gap, no overlap.",
            "",
            "The stall becomes SPLIT; the children are VACANT and inherit its base rent, business type and zone; "
                + "its leasable area is shared by outline area (largest remainder at 0.01 m²). A stall that is "
                + "not VACANT (leased, reserved, renovating) is refused: a leased stall is reshaped by a lease "
                + "amendment.",
            "Exit 1 when a rule refuses, 65 when PARTS.json is malformed, 66 when it is missing; nothing is "
                + "changed then. Prints the document and the stalls written (--format json: "
                + "{\"document\", \"stalls\"})."})
public final class SplitStallSubcommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "STALL_NO", description = "The stall to split.")
    String no;

    @ArgGroup(exclusive = true, multiplicity = "1")
    How how;

    static final class How {
        @Option(names = "--cut", paramLabel = "x=MM|y=MM", description = "A straight cut into two, e.g. x=2600.")
        String cut;

        @Option(names = "--into", paramLabel = "PARTS.json", description = "Drawn parts (JSON array).")
        Path into;
    }

    @Mixin
    TrailOptions trail;

    @Override
    public Integer call() {
        SplitStallCommand.How division;
        if (how.cut != null) {
            try {
                division = ReshapeInput.cut(how.cut, "--cut");
            } catch (ReshapeInput.Invalid e) {
                throw CliException.usage(e.getMessage());
            }
        } else {
            try {
                division = new SplitStallCommand.IntoParts(ReshapeInput.parts(readParts(how.into),
                        String.valueOf(how.into.getFileName())));
            } catch (ReshapeInput.Invalid e) {
                throw new CliException(ExitCodes.DATA_ERROR, e.getMessage() + "; nothing was changed");
            }
        }
        SplitStallCommand command = new SplitStallCommand(StallNo.of(no), division, trail.approval());
        return ReshapePrinter.print(spec, CommandSupport.context(spec).splitStall().split(command));
    }

    /** The parts file as JSON: missing → 66, malformed → 65. */
    static List<ReshapeInput.PartJson> readParts(Path file) {
        return JsonDocuments.read(file, new TypeReference<List<ReshapeInput.PartJson>>() { },
                "a JSON array of parts (nothing was changed)");
    }
}
