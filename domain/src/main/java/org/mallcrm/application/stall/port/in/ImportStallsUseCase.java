package org.mallcrm.application.stall.port.in;

import java.util.List;
import org.mallcrm.application.common.port.in.ImportColumns;
import org.mallcrm.application.common.port.in.ImportOptions;
import org.mallcrm.application.common.port.in.ImportOutcome;
import org.mallcrm.application.common.port.in.ImportRow;
import org.mallcrm.application.common.port.in.RowStream;

/** Imports stalls from rows of a file: validates every row, then writes all of them or none. */
public interface ImportStallsUseCase {

    ImportColumns COLUMNS = ImportColumns.of("stall_no", "floor", "zone", "business_type", "leasable_area_m2",
            "base_rent", "status", "outline_wkt");

    /**
     * Imports a file's rows. Nothing is written when the file has any problem: a bad header, a row that is not the
     * header's columns, a whole-file problem its reader finds ({@link ImportOutcome.Unreadable}), or a bad value.
     */
    ImportOutcome importStalls(RowStream file, ImportOptions options);

    /** Imports rows already read (each well formed). */
    default ImportOutcome importStalls(List<String> header, List<ImportRow> rows, ImportOptions options) {
        return importStalls(RowStream.of(header, rows), options);
    }
}
