package org.mallcrm.application.merchant.port.in;

import java.util.List;
import org.mallcrm.application.common.port.in.ImportColumns;
import org.mallcrm.application.common.port.in.ImportOptions;
import org.mallcrm.application.common.port.in.ImportOutcome;
import org.mallcrm.application.common.port.in.ImportRow;
import org.mallcrm.application.common.port.in.RowStream;

/** Imports merchants from rows of a file: validates every row, then writes all of them or none. */
public interface ImportMerchantsUseCase {

    /**
     * The contract's columns, and the optional {@code stage_entered_on}: the day the merchant entered its stage
     * (ISO date, not in the future; empty or absent: the day of the import), so that a pipeline moved over from
     * another system keeps its dwell times.
     */
    ImportColumns COLUMNS = new ImportColumns(List.of("merchant_no", "name", "contact_name", "phone", "lead_source",
            "stage", "grade", "business_type", "province"), List.of("stage_entered_on"));

    /**
     * Imports a file's rows. Nothing is written when the file has any problem: a bad header, a row that is not the
     * header's columns, a whole-file problem its reader finds ({@link ImportOutcome.Unreadable}), or a bad value.
     */
    ImportOutcome importMerchants(RowStream file, ImportOptions options);

    /** Imports rows already read (each well formed). */
    default ImportOutcome importMerchants(List<String> header, List<ImportRow> rows, ImportOptions options) {
        return importMerchants(RowStream.of(header, rows), options);
    }
}
