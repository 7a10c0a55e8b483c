package org.mallcrm.application.lease.port.in;

import java.time.LocalDate;
import java.util.List;
import org.mallcrm.application.common.port.in.ImportColumns;
import org.mallcrm.application.common.port.in.ImportOptions;
import org.mallcrm.application.common.port.in.ImportOutcome;
import org.mallcrm.application.common.port.in.ImportRow;
import org.mallcrm.application.common.port.in.Outcome;
import org.mallcrm.application.common.port.in.RowStream;
import org.mallcrm.domain.lease.LeaseNo;
import org.mallcrm.domain.money.Money;
import org.mallcrm.domain.receipt.ReceiptAllocation;

/**
 * Recording receipts (收款单): allocated oldest due first, late fee before principal, the rest held as credit or
 * applied ahead. The same receipt number twice is idempotent: the second returns the first allocation.
 */
public interface ReceiptUseCases {

    ImportColumns COLUMNS = new ImportColumns(List.of("receipt_no", "lease_no", "received_on", "amount"),
            List.of("method"));

    Outcome<ReceiptAllocation> record(RecordReceipt command);

    /** A recorded receipt with the allocation it was given. */
    java.util.Optional<org.mallcrm.application.lease.port.out.Leases.StoredReceipt> find(String receiptNo);

    /** Recorded receipts in receipt-number order, of one lease when given; the cursor is the last receipt number. */
    org.mallcrm.application.common.port.in.Page<org.mallcrm.domain.receipt.Receipt> list(LeaseNo lease, String cursor,
            int limit);


    /**
     * Imports a file of receipts. Nothing is written when the file has any problem: a bad header, a row that is not
     * the header's columns, a whole-file problem its reader finds, or a bad value or refused receipt on any row.
     */
    ImportOutcome importReceipts(RowStream file, ImportOptions options);

    /** Imports rows already read (each well formed). */
    default ImportOutcome importReceipts(List<String> header, List<ImportRow> rows, ImportOptions options) {
        return importReceipts(RowStream.of(header, rows), options);
    }

    /** @param receiptNo null to number it {@code R-<lease>-<n>} */
    record RecordReceipt(LeaseNo leaseNo, Money amount, LocalDate on, String method, String receiptNo) {
    }
}
