package org.mallcrm.application.channel.port.in;

import java.util.List;
import org.mallcrm.application.common.port.in.ImportColumns;
import org.mallcrm.application.common.port.in.ImportOptions;
import org.mallcrm.application.common.port.in.ImportOutcome;
import org.mallcrm.application.common.port.in.ImportRow;
import org.mallcrm.application.common.port.in.RowStream;
import org.mallcrm.domain.channel.ChannelRows;

/**
 * Imports trips (报备) from rows of a file: validates every row, then writes all of them or none. A new channel
 * code creates the channel, named by {@code channel_name}.
 */
public interface ImportTripsUseCase {

    ImportColumns COLUMNS = new ImportColumns(ChannelRows.TRIP_COLUMNS, List.of());

    /**
     * Imports a file's rows. Nothing is written when the file has any problem: a bad header, a row that is not the
     * header's columns, a whole-file problem its reader finds ({@link ImportOutcome.Unreadable}), or a bad value.
     */
    ImportOutcome importTrips(RowStream file, ImportOptions options);

    /** Imports rows already read (each well formed). */
    default ImportOutcome importTrips(List<String> header, List<ImportRow> rows, ImportOptions options) {
        return importTrips(RowStream.of(header, rows), options);
    }
}
