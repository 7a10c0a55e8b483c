package org.mallcrm.adapters.http.imports;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.mallcrm.application.buyer.port.in.ImportBuyersUseCase;
import org.mallcrm.application.channel.port.in.ImportScansUseCase;
import org.mallcrm.application.channel.port.in.ImportTripsUseCase;
import org.mallcrm.application.common.port.in.ImportOptions;
import org.mallcrm.application.common.port.in.ImportOutcome;
import org.mallcrm.application.common.port.in.RowError;
import org.mallcrm.application.common.port.in.RowStream;
import org.mallcrm.application.common.port.in.UnreadableFileException;
import org.mallcrm.application.lease.port.in.LeaseUseCases;
import org.mallcrm.application.lease.port.in.ReceiptUseCases;
import org.mallcrm.application.merchant.port.in.ImportMerchantsUseCase;
import org.mallcrm.application.stall.port.in.ImportStallsUseCase;
import org.mallcrm.domain.access.ImportKind;

/**
 * The one way a file becomes an import: its reader chosen by its name (JSON Lines for leases, {@code .xlsx} a
 * workbook, anything else UTF-8 CSV), its rows handed to the kind's all-or-nothing use case. The command line's
 * {@code import KIND FILE} and the console's upload both come here, so a file is judged the same whoever sends it.
 */
public record FileImports(ImportStallsUseCase stalls, ImportMerchantsUseCase merchants, LeaseUseCases leases,
        ReceiptUseCases receipts, ImportTripsUseCase trips, ImportScansUseCase scans, ImportBuyersUseCase buyers) {

    /** The formats an upload may be in, by the end of its name. */
    public static final List<String> EXTENSIONS = List.of(".csv", ".xlsx", ".jsonl", ".txt");

    /**
     * Imports a file.
     *
     * @param file    where the bytes are
     * @param name    the file's name as its user knows it (its ending picks the reader)
     * @param rows    wraps the rows as they are read (e.g. to move a progress bar); {@code r -> r} for none
     * @param errors  receives every bad row of a scan file as found (scan files are streamed: the outcome keeps at most
     *                {@link ImportScansUseCase#ERRORS_KEPT}); other kinds report theirs in the outcome only
     * @throws InputFileException when the file cannot be read from the disk at all
     */
    public ImportOutcome run(ImportKind kind, Path file, String name, ImportOptions options,
            java.util.function.UnaryOperator<RowStream> rows, Consumer<RowError> errors) {
        if (kind == ImportKind.LEASES) {
            List<LeaseUseCases.SpecLine> lines;
            try {
                lines = LeaseLines.read(file);
            } catch (UnreadableFileException e) {
                return new ImportOutcome.Unreadable(e.getMessage());
            }
            return leases.importLeases(lines, options);
        }
        try (ImportFile in = ImportFile.open(file, name)) {
            RowStream r = rows.apply(in);
            return switch (kind) {
                case STALLS -> stalls.importStalls(r, options);
                case MERCHANTS -> merchants.importMerchants(r, options);
                case RECEIPTS -> receipts.importReceipts(r, options);
                case TRIPS -> trips.importTrips(r, options);
                case SCANS -> scans.importScans(r, options, errors);
                case BUYERS -> buyers.importBuyers(r, options);
                case LEASES -> throw new IllegalStateException("leases are read above");
            };
        } catch (UnreadableFileException e) {
            return new ImportOutcome.Unreadable(e.getMessage());
        }
    }

    /** The columns a kind's file takes (empty for leases: JSON Lines of lease specs). */
    public static org.mallcrm.application.common.port.in.ImportColumns columns(ImportKind kind) {
        return switch (kind) {
            case STALLS -> ImportStallsUseCase.COLUMNS;
            case MERCHANTS -> ImportMerchantsUseCase.COLUMNS;
            case RECEIPTS -> ReceiptUseCases.COLUMNS;
            case TRIPS -> ImportTripsUseCase.COLUMNS;
            case SCANS -> ImportScansUseCase.COLUMNS;
            case BUYERS -> ImportBuyersUseCase.COLUMNS;
            case LEASES -> new org.mallcrm.application.common.port.in.ImportColumns(List.of(), List.of());
        };
    }

    /** Whether a file of that name is a workbook. */
    public static boolean isWorkbook(String name) {
        return name != null && name.toLowerCase(Locale.ROOT).endsWith(".xlsx");
    }
}
