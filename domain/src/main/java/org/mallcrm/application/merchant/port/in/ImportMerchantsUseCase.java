package org.mallcrm.application.merchant.port.in;

import java.util.List;
import org.mallcrm.application.common.port.in.ImportColumns;
import org.mallcrm.application.common.port.in.ImportOptions;
import org.mallcrm.application.common.port.in.ImportOutcome;
import org.mallcrm.application.common.port.in.ImportRow;

/** Imports merchants from rows of a file: validates every row, then writes all of them or none. */
public interface ImportMerchantsUseCase {

    ImportColumns COLUMNS = ImportColumns.of("merchant_no", "name", "contact_name", "phone", "lead_source", "stage",
            "grade", "business_type", "province");

    ImportOutcome importMerchants(List<String> header, List<ImportRow> rows, ImportOptions options);
}
