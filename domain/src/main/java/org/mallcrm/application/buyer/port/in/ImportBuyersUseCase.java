package org.mallcrm.application.buyer.port.in;

import java.util.List;
import org.mallcrm.application.common.port.in.ImportColumns;
import org.mallcrm.application.common.port.in.ImportOptions;
import org.mallcrm.application.common.port.in.ImportOutcome;
import org.mallcrm.application.common.port.in.ImportRow;
import org.mallcrm.application.common.port.in.RowStream;

/**
 * Imports buyers ({@code import buyers}): validates every row (phone a mainland mobile unique in the mall, province
 * one of the 34, main category one of the mall's business types, transport mode one of the six), then writes all or
 * none. Buyers known only from scans become registered with their history.
 */
public interface ImportBuyersUseCase {

    ImportColumns COLUMNS = new ImportColumns(List.of("buyer_id", "name", "phone"),
            List.of("main_category", "province", "transport_mode"));

    /**
     * Imports a file's rows. Nothing is written when the file has any problem: a bad header, a row that is not the
     * header's columns, a whole-file problem its reader finds ({@link ImportOutcome.Unreadable}), or a bad value.
     */
    ImportOutcome importBuyers(RowStream file, ImportOptions options);

    /** Imports rows already read (each well formed). */
    default ImportOutcome importBuyers(List<String> header, List<ImportRow> rows, ImportOptions options) {
        return importBuyers(RowStream.of(header, rows), options);
    }
}
