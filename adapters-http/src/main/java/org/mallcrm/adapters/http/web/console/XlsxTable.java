package org.mallcrm.adapters.http.web.console;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.mallcrm.adapters.http.web.console.TableView.Column;
import org.mallcrm.adapters.http.web.console.TableView.Row;
import org.mallcrm.adapters.http.web.console.TableView.Value;
import org.mallcrm.application.common.port.out.Clock;
import org.mallcrm.domain.time.MallTime;

/**
 * Writes a list as one .xlsx sheet: a header row of the columns' labels (in the page's language), then every row,
 * each cell typed from its {@link Value}: money as a number with two decimals written from its fen (the cell holds
 * the exact decimal, e.g. {@code 13740.07}, never a double that rounding could move), dates as dates, instants as
 * date-times in the mall's time zone, counts and areas as numbers, everything else as text.
 *
 * <p>Rows are written chunk by chunk and flushed after each, and strings are written inline (no shared-string table
 * that would grow with the list), so a list of any length is written in constant memory. Column widths are taken
 * from the header and the first chunk.
 */
final class XlsxTable {

    static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final String MONEY_FORMAT = "#,##0.00";
    static final String DECIMAL_FORMAT = "0.00";
    static final String COUNT_FORMAT = "0";
    static final String DATE_FORMAT = "yyyy-mm-dd";
    static final String TIME_FORMAT = "yyyy-mm-dd hh:mm:ss";
    private static final int MAX_WIDTH = 60;

    private XlsxTable() {
    }

    /**
     * Writes the sheet {@code sheet} with {@code columns} and every row of {@code rows}, read {@code chunk} at a
     * time, to {@code out} (left open). Returns the number of rows written, the header not counted.
     */
    static long write(OutputStream out, String sheet, List<Column> columns, Listing.Rows rows, int chunk) {
        try {
            Workbook wb = new Workbook(out, "mallcrm", "1.0");
            Worksheet ws = wb.newWorksheet(sheetName(sheet));
            int n = columns.size();
            for (int c = 0; c < n; c++) {
                ws.inlineString(0, c, columns.get(c).label());
            }
            ws.range(0, 0, 0, Math.max(0, n - 1)).style().bold().fillColor("EEEEEE").set();
            ws.freezePane(0, 1);
            List<Row> first = new ArrayList<>();
            String cursor = rows.read(null, chunk, first::add);
            double[] widths = new double[n];
            for (int c = 0; c < n; c++) {
                widths[c] = width(columns.get(c).label());
            }
            for (Row r : first) {
                for (int c = 0; c < Math.min(n, r.cells().size()); c++) {
                    widths[c] = Math.max(widths[c], width(r.cells().get(c).text()));
                }
            }
            for (int c = 0; c < n; c++) {
                ws.width(c, Math.min(MAX_WIDTH, widths[c] + 2));
            }
            long[] written = {0};
            for (Row r : first) {
                row(ws, (int) ++written[0], r, n);
            }
            first = null;
            ws.flush();
            while (cursor != null) {
                cursor = rows.read(cursor, chunk, r -> row(ws, (int) ++written[0], r, n));
                ws.flush();
            }
            if (n > 0) {
                ws.setAutoFilter(0, 0, (int) written[0], n - 1);
            }
            wb.finish();
            return written[0];
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void row(Worksheet ws, int r, Row row, int n) {
        List<TableView.Cell> cells = row.cells();
        for (int c = 0; c < Math.min(n, cells.size()); c++) {
            switch (cells.get(c).value()) {
                case Value.Text t -> {
                    if (!t.text().isEmpty()) {
                        ws.inlineString(r, c, t.text());
                    }
                }
                case Value.Amount a -> {
                    // the exact decimal of the fen (scale 2), written as it is: 1374007 fen → 13740.07
                    ws.value(r, c, a.money().toBigDecimal());
                    ws.style(r, c).format(MONEY_FORMAT).set();
                }
                case Value.Day d -> {
                    ws.value(r, c, d.date());
                    ws.style(r, c).format(DATE_FORMAT).set();
                }
                case Value.Moment m -> {
                    ws.value(r, c, LocalDateTime.ofInstant(m.at(), MallTime.ZONE));
                    ws.style(r, c).format(TIME_FORMAT).set();
                }
                case Value.Count k -> {
                    ws.value(r, c, k.n());
                    ws.style(r, c).format(COUNT_FORMAT).set();
                }
                case Value.Decimal d -> {
                    ws.value(r, c, d.number());
                    ws.style(r, c).format(DECIMAL_FORMAT).set();
                }
            }
        }
    }

    /** A column's width in Excel's units: CJK characters count twice. */
    private static double width(String text) {
        if (text == null) {
            return 0;
        }
        double w = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            w += Character.isIdeographic(cp) || (cp >= 0xFF00 && cp <= 0xFFEF) || (cp >= 0x3000 && cp <= 0x303F)
                    ? 2 : 1.1;
            i += Character.charCount(cp);
        }
        return w;
    }

    /** A sheet name Excel accepts: at most 31 characters, none of {@code []:*?/\}. */
    static String sheetName(String title) {
        String s = title.replaceAll("[\\[\\]:*?/\\\\]", " ").strip();
        if (s.isEmpty()) {
            s = "Sheet1";
        }
        return s.length() > 31 ? s.substring(0, 31) : s;
    }
}
