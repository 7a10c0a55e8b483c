package org.mallcrm.application.common.port.in;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The columns an import kind takes: checks a file's header (order is free; unknown and missing are errors). */
public record ImportColumns(List<String> required, List<String> optional) {

    public ImportColumns {
        required = List.copyOf(required);
        optional = List.copyOf(optional);
    }

    public static ImportColumns of(String... required) {
        return new ImportColumns(List.of(required), List.of());
    }

    /** Errors on line 1 for each unknown, repeated or missing column; empty when the header is good. */
    public List<RowError> check(List<String> header) {
        List<RowError> errors = new ArrayList<>();
        Set<String> known = new HashSet<>(required);
        known.addAll(optional);
        Set<String> seen = new HashSet<>();
        for (String h : header) {
            if (!known.contains(h)) {
                errors.add(new RowError(1, h, h, "unknown column; the columns are " + String.join(", ", all()),
                        RowError.UNKNOWN_COLUMN, List.of(String.join(", ", all()))));
            } else if (!seen.add(h)) {
                errors.add(new RowError(1, h, h, "column appears more than once", RowError.DUPLICATE_COLUMN, List.of()));
            }
        }
        for (String r : required) {
            if (!seen.contains(r)) {
                errors.add(new RowError(1, r, "", "required column is missing", RowError.MISSING_COLUMN, List.of()));
            }
        }
        return errors;
    }

    public List<String> all() {
        List<String> all = new ArrayList<>(required);
        all.addAll(optional);
        return all;
    }
}
