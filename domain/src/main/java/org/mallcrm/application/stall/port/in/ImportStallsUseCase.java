package org.mallcrm.application.stall.port.in;

import java.util.List;
import org.mallcrm.application.common.port.in.ImportColumns;
import org.mallcrm.application.common.port.in.ImportOptions;
import org.mallcrm.application.common.port.in.ImportOutcome;
import org.mallcrm.application.common.port.in.ImportRow;

/** Imports stalls from rows of a file: validates every row, then writes all of them or none. */
public interface ImportStallsUseCase {

    ImportColumns COLUMNS = ImportColumns.of("stall_no", "floor", "zone", "business_type", "leasable_area_m2",
            "base_rent", "status", "outline_wkt");

    ImportOutcome importStalls(List<String> header, List<ImportRow> rows, ImportOptions options);
}
