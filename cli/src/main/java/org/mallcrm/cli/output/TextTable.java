package org.mallcrm.cli.output;

import java.io.PrintWriter;
import java.util.List;
import java.util.Map;

/** A plain aligned table; Chinese characters count as two columns wide, as a terminal draws them. */
public final class TextTable {

    private TextTable() {
    }

    public static void print(PrintWriter out, List<String> columns, List<Map<String, String>> rows) {
        int[] widths = new int[columns.size()];
        for (int i = 0; i < columns.size(); i++) {
            widths[i] = width(columns.get(i));
            for (Map<String, String> r : rows) {
                widths[i] = Math.max(widths[i], width(r.getOrDefault(columns.get(i), "")));
            }
        }
        printRow(out, columns, widths);
        StringBuilder rule = new StringBuilder();
        for (int i = 0; i < widths.length; i++) {
            rule.append(i == 0 ? "" : "  ").append("-".repeat(widths[i]));
        }
        out.println(rule);
        for (Map<String, String> r : rows) {
            printRow(out, columns.stream().map(c -> r.getOrDefault(c, "")).toList(), widths);
        }
        out.println("(" + rows.size() + (rows.size() == 1 ? " row)" : " rows)"));
        out.flush();
    }

    /**
     * The same table from rows of cells: column {@code i} shows cell {@code at[i]} of each row (-1: none), a null cell
     * as an empty one. Printed into memory and written at once.
     */
    public static void print(PrintWriter out, List<String> columns, List<String[]> rows, int[] at) {
        int[] widths = new int[columns.size()];
        for (int i = 0; i < columns.size(); i++) {
            widths[i] = width(columns.get(i));
            if (at[i] >= 0) {
                for (String[] r : rows) {
                    widths[i] = Math.max(widths[i], width(cell(r, at[i])));
                }
            }
        }
        StringBuilder sb = new StringBuilder(rows.size() * 80 + 256);
        row(sb, columns, widths);
        for (int i = 0; i < widths.length; i++) {
            sb.append(i == 0 ? "" : "  ").append("-".repeat(widths[i]));
        }
        sb.append(System.lineSeparator());
        List<String> cells = new java.util.ArrayList<>(columns.size());
        for (String[] r : rows) {
            cells.clear();
            for (int i = 0; i < at.length; i++) {
                cells.add(at[i] >= 0 ? cell(r, at[i]) : "");
            }
            row(sb, cells, widths);
        }
        sb.append("(").append(rows.size()).append(rows.size() == 1 ? " row)" : " rows)").append(System.lineSeparator());
        out.write(sb.toString());
        out.flush();
    }

    private static String cell(String[] row, int i) {
        return row[i] == null ? "" : row[i];
    }

    private static void row(StringBuilder sb, List<String> cells, int[] widths) {
        for (int i = 0; i < cells.size(); i++) {
            String cell = cells.get(i);
            sb.append(i == 0 ? "" : "  ").append(cell);
            if (i < cells.size() - 1) {
                sb.append(" ".repeat(widths[i] - width(cell)));
            }
        }
        sb.append(System.lineSeparator());
    }

    private static void printRow(PrintWriter out, List<String> cells, int[] widths) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            String cell = cells.get(i);
            sb.append(i == 0 ? "" : "  ").append(cell);
            if (i < cells.size() - 1) {
                sb.append(" ".repeat(widths[i] - width(cell)));
            }
        }
        out.println(sb);
    }

    /** Display width: East Asian wide and full-width characters take two columns. */
    static int width(String s) {
        int w = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            w += isWide(cp) ? 2 : 1;
            i += Character.charCount(cp);
        }
        return w;
    }

    private static boolean isWide(int cp) {
        return (cp >= 0x1100 && cp <= 0x115F) || (cp >= 0x2E80 && cp <= 0xA4CF) || (cp >= 0xAC00 && cp <= 0xD7A3)
                || (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0xFE30 && cp <= 0xFE4F) || (cp >= 0xFF00 && cp <= 0xFF60)
                || (cp >= 0xFFE0 && cp <= 0xFFE6) || (cp >= 0x20000 && cp <= 0x3FFFD);
    }
}
