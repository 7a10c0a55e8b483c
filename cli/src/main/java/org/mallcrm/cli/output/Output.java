package org.mallcrm.cli.output;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.mallcrm.adapters.http.common.Json;

/**
 * Prints records (the same JSON records the HTTP API uses) as a table, JSON or CSV. A list is a JSON array
 * of objects; a single result is one object.
 */
public final class Output {

    /** About how many characters of CSV are handed to the writer at once. */
    private static final int PIECE = 1 << 16;

    private final PrintWriter out;
    private final Format format;

    public Output(PrintWriter out, Format format) {
        this.out = out;
        this.format = format;
    }

    public Format format() {
        return format;
    }

    /** A list of records; {@code columns} chooses and orders what a table shows (JSON and CSV show all). */
    public void list(List<?> items, List<String> columns) {
        switch (format) {
            case JSON -> printJson(items);
            case CSV -> printCsv(rows(items), null);
            case TABLE -> TextTable.print(out, columns, rows(items));
        }
    }

    /**
     * A long list, printed as {@link #list(List, List)} prints its records, without the JSON tree of every record for
     * a table or CSV (a hundred thousand buyers of {@code buyers rfm}: the trees took longer than the analysis), nor
     * the records themselves.
     *
     * @param record an item's JSON record (made for JSON only)
     * @param fields the records' JSON field names in their order (CSV prints them all; a table the {@code columns})
     * @param cells  an item's values as text, in the order of {@code fields}, as its record's JSON has them (null:
     *               empty)
     */
    public <T> void list(List<T> items, Function<T, ?> record, List<String> columns, List<String> fields,
            Function<T, String[]> cells) {
        if (format == Format.JSON || items.isEmpty()) {
            List<Object> records = new ArrayList<>(items.size());
            for (T item : items) {
                records.add(record.apply(item));
            }
            list(records, columns);
            return;
        }
        if (format == Format.CSV) {
            printCells(fields, items, cells);
            return;
        }
        List<String[]> rows = new ArrayList<>(items.size());
        for (T item : items) {
            rows.add(cellsOf(item, fields, cells));
        }
        int[] at = new int[columns.size()];
        for (int i = 0; i < at.length; i++) {
            at[i] = fields.indexOf(columns.get(i));
        }
        TextTable.print(out, columns, rows, at);
    }

    private static <T> String[] cellsOf(T item, List<String> fields, Function<T, String[]> cells) {
        String[] row = cells.apply(item);
        if (row.length != fields.size()) {
            throw new IllegalArgumentException(row.length + " cells for the " + fields.size() + " fields " + fields);
        }
        return row;
    }

    /** One record: JSON object, a one-row CSV, or "field: value" lines. */
    public void one(Object item) {
        switch (format) {
            case JSON -> printJson(item);
            case CSV -> printCsv(rows(List.of(item)), null);
            case TABLE -> {
                Map<String, String> row = rows(List.of(item)).get(0);
                int width = row.keySet().stream().mapToInt(String::length).max().orElse(0);
                row.forEach((k, v) -> out.println(String.format("%-" + width + "s  %s", k, v)));
            }
        }
        out.flush();
    }

    private void printJson(Object value) {
        try {
            out.println(Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(value));
            out.flush();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON", e);
        }
    }

    private void printCsv(List<Map<String, String>> rows, List<String> header) {
        List<String> columns = header;
        if (columns == null) {
            columns = rows.isEmpty() ? List.of() : new ArrayList<>(rows.get(0).keySet());
        }
        // printed into memory and written at once: a hundred thousand rows through the writer's lock and encoder one
        // value at a time took longer than computing them
        StringBuilder text = new StringBuilder(rows.size() * 64 + 64);
        try {
            CSVPrinter csv = new CSVPrinter(text, CSVFormat.RFC4180.builder().setRecordSeparator("\n").get());
            csv.printRecord(columns);
            for (Map<String, String> r : rows) {
                List<String> values = new ArrayList<>();
                for (String c : columns) {
                    values.add(r.getOrDefault(c, ""));
                }
                csv.printRecord(values);
            }
            csv.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        out.write(text.toString());
        out.flush();
    }

    /**
     * Records as CSV, each as it is made, in pieces of about {@link #PIECE} characters handed to the writer: not one
     * value at a time through the writer's lock and encoder (for a hundred thousand rows that took longer than
     * computing them), nor the whole text held at once (the text of {@code buyers rfm} and its copies were a third of
     * what the command allocated, and made the JVM collect its young objects once more).
     */
    private <T> void printCells(List<String> header, List<T> items, Function<T, String[]> cells) {
        StringBuilder text = new StringBuilder(PIECE + 1024);
        char[] piece = new char[PIECE + 1024];
        try {
            CSVPrinter csv = new CSVPrinter(text, CSVFormat.RFC4180.builder().setRecordSeparator("\n").get());
            csv.printRecord(header);
            for (T item : items) {
                String[] r = cellsOf(item, header, cells);
                if (plain(r)) {
                    // what the printer would write, without its look at every character (a tenth of buyers rfm)
                    for (int i = 0; i < r.length; i++) {
                        if (i > 0) {
                            text.append(',');
                        }
                        text.append(r[i]);
                    }
                    text.append('\n');
                } else {
                    for (String v : r) {
                        csv.print(v == null ? "" : v);
                    }
                    csv.println();
                }
                if (text.length() >= PIECE) {
                    piece = write(text, piece);
                }
            }
            csv.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        write(text, piece);
        out.flush();
    }

    /** Hands the text to the writer through {@code piece} (grown if the text is longer), and empties it. */
    private char[] write(StringBuilder text, char[] piece) {
        char[] chars = piece.length >= text.length() ? piece : new char[text.length()];
        text.getChars(0, text.length(), chars, 0);
        out.write(chars, 0, text.length());
        text.setLength(0);
        return chars;
    }

    /**
     * Whether every cell of a record is one that RFC 4180 CSV, as Commons CSV writes it (quotes where needed), writes
     * as it is: not empty, nothing that would need quotes (a comma, a quote, a line break), not beginning with a
     * character up to {@code #} (a blank, a quote, a comment mark: the printer quotes those) nor ending with a blank
     * or a control character.
     */
    static boolean plain(String[] cells) {
        for (String v : cells) {
            if (v == null || v.isEmpty() || v.charAt(0) <= '#' || v.charAt(v.length() - 1) <= ' ') {
                return false;
            }
            for (int i = 0; i < v.length(); i++) {
                char c = v.charAt(i);
                if (c == ',' || c == '"' || c == '\n' || c == '\r') {
                    return false;
                }
            }
        }
        return true;
    }

    /** Flattens records to their JSON field names and text values (arrays joined with spaces). */
    static List<Map<String, String>> rows(List<?> items) {
        if (items.isEmpty()) {
            // no rows without the JSON mapper: a command that finds nothing prints its empty table or CSV without
            // starting Jackson (a twentieth of a second at every such start)
            return List.of();
        }
        List<Map<String, String>> rows = new ArrayList<>(items.size());
        for (JsonNode node : Json.mapper().<JsonNode>valueToTree(items)) {
            Map<String, String> row = new LinkedHashMap<>();
            Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> f = fields.next();
                row.put(f.getKey(), text(f.getValue()));
            }
            rows.add(row);
        }
        return rows;
    }

    private static String text(JsonNode v) {
        if (v == null || v.isNull()) {
            return "";
        }
        if (v.isArray()) {
            List<String> parts = new ArrayList<>();
            v.forEach(e -> parts.add(text(e)));
            return String.join(" ", parts);
        }
        if (v.isObject()) {
            return v.toString();
        }
        return v.asText();
    }
}
