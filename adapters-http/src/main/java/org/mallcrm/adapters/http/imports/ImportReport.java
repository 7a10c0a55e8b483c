package org.mallcrm.adapters.http.imports;

import java.util.List;
import org.mallcrm.application.common.port.in.RowError;

/**
 * How an import's problems are shown to people, on a terminal or a web page: a value or reason from the file with its
 * control characters made visible and cut to a readable length, and the {@code line,column,value,reason} CSV of the
 * bad rows.
 */
public final class ImportReport {

    /** How much of a bad value, and of a reason quoting one, a report shows (a 5 MB cell is not echoed back). */
    public static final int VALUE_SHOWN = 200;
    public static final int REASON_SHOWN = 600;

    private ImportReport() {
    }

    /**
     * A text as a report shows it: control characters from the file (a NUL, an escape code that would recolour the
     * terminal, a line break inside a value) written as {@code \\u001B}, and a long text cut with its length said.
     */
    public static String visible(String text, int max) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(Math.min(text.length(), max) + 16);
        int shown = 0;
        for (int i = 0; i < text.length(); i++) {
            if (shown >= max) {
                return out.append("… (").append(text.codePointCount(0, text.length())).append(" characters)")
                        .toString();
            }
            char c = text.charAt(i);
            if (Character.isISOControl(c)) {
                out.append(String.format("\\u%04X", (int) c));
            } else {
                out.append(c);
            }
            if (!Character.isHighSurrogate(c)) {
                shown++;
            }
        }
        return out.toString();
    }

    /** The bad rows as RFC 4180 CSV with a header ({@code line,column,value,reason}), values made visible. */
    public static String csv(List<RowError> errors) {
        StringBuilder out = new StringBuilder("line,column,value,reason\n");
        for (RowError e : errors) {
            out.append(e.line()).append(',').append(field(e.column())).append(',')
                    .append(field(visible(e.value(), VALUE_SHOWN))).append(',')
                    .append(field(visible(e.reason(), REASON_SHOWN))).append('\n');
        }
        return out.toString();
    }

    private static String field(String v) {
        if (v.indexOf(',') < 0 && v.indexOf('"') < 0 && v.indexOf('\n') < 0 && v.indexOf('\r') < 0) {
            return v;
        }
        return '"' + v.replace("\"", "\"\"") + '"';
    }
}
