package org.mallcrm.application.merchant.port.in;

import java.util.List;
import org.mallcrm.application.common.port.in.ImportColumns;
import org.mallcrm.application.common.port.in.ImportOptions;
import org.mallcrm.application.common.port.in.ImportOutcome;
import org.mallcrm.application.common.port.in.ImportRow;

/** Imports merchants from rows of a file: validates every row, then writes all of them or none. */
public interface ImportMerchantsUseCase {

    /**
     * The contract's columns, and the optional {@code stage_entered_on}: the day the merchant entered its stage
     * (ISO date, not in the future; empty or absent: the day of the import), so that a pipeline moved over from
     * another system keeps its dwell times.
     */
    ImportColumns COLUMNS = new ImportColumns(List.of("merchant_no", "name", "contact_name", "phone", "lead_source",
            "stage", "grade", "business_type", "province"), List.of("stage_entered_on"));

    ImportOutcome importMerchants(List<String> header, List<ImportRow> rows, ImportOptions options);
}
