package org.mallcrm.cli.imports;

import java.util.concurrent.Callable;
import org.mallcrm.application.stall.port.in.ImportStallsUseCase;
import org.mallcrm.cli.AppContext;
import org.mallcrm.cli.CommandSupport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code mallcrm import stalls FILE}. */
@Command(name = "stalls",
        mixinStandardHelpOptions = true,
        description = {
            "Import stalls (铺位).",
            "",
            "Columns, in any order: stall_no, floor, zone, business_type, leasable_area_m2 (up to two decimals), "
                + "base_rent (yuan per m² per month), status (VACANT, LEASED or RENOVATING), outline_wkt "
                + "(POLYGON((x y, …)) in integer millimetres, a closed ring).",
            "",
            "Outlines must be simple polygons and must not overlap each other or other active stalls on the "
                + "floor. A row whose stall_no exists with other values is an error unless --update.",
        })
public final class StallsImportSubcommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    ImportFileOptions file;

    @Override
    public Integer call() {
        AppContext ctx = CommandSupport.context(spec);
        ImportStallsUseCase useCase = ctx.importStalls();
        return ImportRunner.run(file, CommandSupport.err(spec),
                rows -> useCase.importStalls(rows, ImportRunner.options(file)), "stalls");
    }
}
