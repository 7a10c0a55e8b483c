package org.mallcrm.application.common.service;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.mallcrm.application.common.port.in.ImportColumns;
import org.mallcrm.application.common.port.in.ImportOptions;
import org.mallcrm.application.common.port.in.ImportOutcome;
import org.mallcrm.application.common.port.in.ImportRow;
import org.mallcrm.application.common.port.in.RowError;
import org.mallcrm.application.common.port.in.RowStream;
import org.mallcrm.application.common.port.in.UnreadableFileException;

/**
 * The all-or-nothing guarantee shared by the imports of files small enough to hold (stalls, merchants, trips,
 * receipts): the whole file is read and its structure checked <em>before</em> the kind's import runs, so that no row
 * is written when any part of the file is wrong.
 * <ol>
 * <li>The header is checked: unknown, repeated or missing columns reject the file (line 1).</li>
 * <li>Every row is read. A whole-file problem found on the way (not UTF-8, broken CSV, …) makes the file
 * {@link ImportOutcome.Unreadable}; so does a file with a header and no rows.</li>
 * <li>Rows the reader could not split into the header's columns are structural errors. Then the kind's import runs
 * only as a dry run over the other rows, to report their problems too, and the file is rejected.</li>
 * <li>Only a file without any of this reaches the kind's import as asked; it validates every row and writes all of
 * them or none in one unit of work.</li>
 * </ol>
 */
public final class WholeFileImport {

    /** One kind's import of well-formed rows: validates every row, then writes all or none (never in a dry run). */
    @FunctionalInterface
    public interface Rows {
        ImportOutcome importRows(List<ImportRow> rows, ImportOptions options);
    }

    private WholeFileImport() {
    }

    public static ImportOutcome run(RowStream file, ImportColumns columns, ImportOptions options, Rows kind) {
        List<RowError> headerErrors = columns.check(file.header());
        if (!headerErrors.isEmpty()) {
            return new ImportOutcome.Rejected(headerErrors);
        }
        List<ImportRow> rows = new ArrayList<>();
        List<RowError> structural = new ArrayList<>();
        List<String> header = file.header();
        try {
            while (file.next()) {
                if (file.malformed() != null) {
                    structural.add(new RowError(file.line(), "", "", file.malformed(), RowError.MALFORMED_LINE, List.of()));
                    continue;
                }
                Map<String, String> values = HashMap.newHashMap(header.size());
                for (int i = 0; i < header.size(); i++) {
                    values.put(header.get(i), file.value(i));
                }
                rows.add(new ImportRow(file.line(), values));
            }
        } catch (UnreadableFileException e) {
            return new ImportOutcome.Unreadable(e.getMessage());
        }
        if (rows.isEmpty() && structural.isEmpty()) {
            return new ImportOutcome.Unreadable("the file has a header but no data rows");
        }
        if (structural.isEmpty()) {
            return kind.importRows(rows, options);
        }
        List<RowError> errors = new ArrayList<>(structural);
        if (!rows.isEmpty()) {
            ImportOutcome checked = kind.importRows(rows, new ImportOptions(true, options.update()));
            if (checked instanceof ImportOutcome.Rejected r) {
                errors.addAll(r.errors());
            }
        }
        return new ImportOutcome.Rejected(errors);
    }
}
