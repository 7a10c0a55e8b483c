package org.mallcrm.application.channel.port.in;

import java.util.function.Consumer;
import org.mallcrm.application.common.port.in.ImportColumns;
import org.mallcrm.application.common.port.in.ImportOptions;
import org.mallcrm.application.common.port.in.ImportOutcome;
import org.mallcrm.application.common.port.in.RowError;
import org.mallcrm.application.common.port.in.RowStream;
import org.mallcrm.domain.channel.ChannelRows;

/**
 * Imports scans (扫码记录) from a stream of rows, in constant memory whatever the file's size, all or nothing, and
 * idempotent by {@code scan_id}: a stored id with the same values is unchanged, with other values an error unless
 * {@code update}. Codes naming no trip are accepted and kept (they count as {@code UNKNOWN_CODE}).
 */
public interface ImportScansUseCase {

    ImportColumns COLUMNS = new ImportColumns(ChannelRows.SCAN_COLUMNS, java.util.List.of());

    /** At most this many errors are kept in {@link ImportOutcome.Rejected}; every one goes to the sink. */
    int ERRORS_KEPT = 1000;

    /**
     * @param errors receives every bad row's errors, in line order, as they are found
     */
    ImportOutcome importScans(RowStream rows, ImportOptions options, Consumer<RowError> errors);
}
