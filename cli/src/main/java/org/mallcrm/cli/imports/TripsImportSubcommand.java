package org.mallcrm.cli.imports;

import java.util.concurrent.Callable;
import org.mallcrm.application.channel.port.in.ImportTripsUseCase;
import org.mallcrm.cli.AppContext;
import org.mallcrm.cli.CommandSupport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code mallcrm import trips FILE}. */
@Command(name = "trips",
        mixinStandardHelpOptions = true,
        description = {
            "Import coach trips (报备) announced by channels.",
            "",
            "Columns, in any order: trip_no, channel (the operator's code; a new code creates the channel), "
                + "channel_name, channel_code (the trip's own QR code, 渠道码, unique), coach_plate, arrival_date "
                + "(YYYY-MM-DD; the trip is settled in its month), window_start and window_end (ISO-8601 instants "
                + "with offset, e.g. 2025-03-10T09:00:00+08:00; check-ins inside count), reported_headcount.",
            "",
            "All or nothing. A row whose trip_no exists with other values is an error unless --update; a channel "
                + "code naming another trip is always an error.",
        })
public final class TripsImportSubcommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    ImportFileOptions file;

    @Override
    public Integer call() {
        AppContext ctx = CommandSupport.context(spec);
        ImportTripsUseCase useCase = ctx.importTrips();
        return ImportRunner.run(file, CommandSupport.err(spec),
                rows -> useCase.importTrips(rows, ImportRunner.options(file)), "trips");
    }
}
