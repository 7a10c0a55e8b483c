package org.mallcrm.adapters.http.web.console;

import java.util.List;

/**
 * A list page: filters as rows of chips, columns, rows of cells (a cell may link somewhere and may name the figure it
 * shows, for tests), a summary line under the table and a link to the next page.
 */
public record TableView(List<Filter> filters, List<Column> columns, List<Row> rows, List<String> summary,
        String nextHref, String empty) {

    public TableView {
        filters = List.copyOf(filters);
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
        summary = List.copyOf(summary);
    }

    public record Filter(String label, List<Chip> chips) {
        public Filter {
            chips = List.copyOf(chips);
        }
    }

    public record Chip(String label, String href, boolean active) {
    }

    public record Column(String label, boolean numeric) {
    }

    public record Row(List<Cell> cells) {
        public Row {
            cells = List.copyOf(cells);
        }
    }

    public record Cell(String text, String href, String figure) {

        public static Cell of(String text) {
            return new Cell(text, null, null);
        }

        public static Cell link(String text, String href) {
            return new Cell(text, href, null);
        }
    }
}
