package org.mallcrm.application.common.port.in;

import java.util.Map;

/**
 * One data row of an import file, as read: its line number in the file (the header is line 1) and the raw
 * text of each column by column name. Parsing and validation of the values is the use case's job.
 */
public record ImportRow(int line, Map<String, String> values) {

    public ImportRow {
        values = Map.copyOf(values);
    }

    /** The raw value, stripped; empty when blank or absent. */
    public String get(String column) {
        String v = values.get(column);
        return v == null ? "" : v.strip();
    }
}
