package org.mallcrm.application.common.port.in;

import java.util.List;

/**
 * The result of an all-or-nothing import: everything written (or, in a dry run, writable), or nothing: some rows
 * are bad (each named), or the file as a whole cannot be read.
 */
public sealed interface ImportOutcome permits ImportOutcome.Imported, ImportOutcome.Rejected, ImportOutcome.Unreadable {

    /** Every row was valid. {@code created + updated + unchanged} is the number of rows. */
    record Imported(int created, int updated, int unchanged, boolean dryRun) implements ImportOutcome {

        /** The summary line: {@code imported 3, updated 0, unchanged 12}. */
        public String summary() {
            String s = "imported " + created + ", updated " + updated + ", unchanged " + unchanged;
            if (dryRun) {
                return "dry run, nothing written: would have " + s;
            }
            return created + updated == 0 ? s + " (nothing changed)" : s;
        }
    }

    /** At least one row was invalid; nothing was written. Every bad row is listed, in file order. */
    record Rejected(List<RowError> errors) implements ImportOutcome {

        public Rejected {
            errors = errors.stream().sorted().toList();
        }
    }

    /**
     * The file as a whole cannot be read (empty, no header, no data rows, not UTF-8, broken CSV, not a workbook);
     * nothing was written. The problem is one sentence naming the line when there is one.
     */
    record Unreadable(String problem) implements ImportOutcome {
    }
}
