package org.mallcrm.adapters.http.web.console;

import java.util.List;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import org.mallcrm.adapters.http.web.console.TableView.Column;
import org.mallcrm.adapters.http.web.console.TableView.Filter;
import org.mallcrm.adapters.http.web.console.TableView.Row;
import org.mallcrm.adapters.http.web.kit.Shell;
import org.mallcrm.application.common.port.in.Page;

/**
 * What a console list's handler answers for a request, once it has read the request's filters: the title, the
 * sidebar entry, the filter chips, the columns, the rows those filters select (every one of them, read in chunks)
 * and the summary. {@link ListRoutes} shows one chunk as the page and writes every chunk to the .xlsx export, so the
 * page and its export cannot disagree about filters, columns or roles.
 */
public record Listing(String title, String active, List<Shell.Crumb> crumbs, List<Filter> filters,
        List<Column> columns, Rows rows, List<String> summary, String empty, TableView.Period period,
        TableView.Chip emptyLink) {

    public Listing {
        Objects.requireNonNull(title, "title");
        crumbs = List.copyOf(crumbs);
        filters = List.copyOf(filters);
        columns = List.copyOf(columns);
        Objects.requireNonNull(rows, "rows");
        summary = List.copyOf(summary);
    }

    /** A list without a period form, whose empty state offers no link. */
    public Listing(String title, String active, List<Shell.Crumb> crumbs, List<Filter> filters, List<Column> columns,
            Rows rows, List<String> summary, String empty) {
        this(title, active, crumbs, filters, columns, rows, summary, empty, null, null);
    }

    /**
     * This list with a form that chooses its period ({@code from}, {@code to}), and an empty state that says
     * {@code empty} and links to {@code emptyLink} (another period), or none.
     */
    public Listing withPeriod(TableView.Period form, String emptyText, TableView.Chip link) {
        return new Listing(title, active, crumbs, filters, columns, rows, summary, emptyText, form, link);
    }

    /**
     * The rows of a list, in order, in chunks: a list that holds its rows in memory hands them all at once; a list
     * read a page at a time from a use case hands one page per call, so an export of any length is written in
     * constant memory.
     */
    @FunctionalInterface
    public interface Rows {

        /**
         * Hands the rows that follow {@code cursor} (null: from the first) to {@code out}, about {@code limit} of
         * them (a list held in memory may hand them all), and returns the cursor of the rows after them, or null
         * when there are none.
         */
        String read(String cursor, int limit, Consumer<Row> out);

        /**
         * Rows already in memory: all of them in one chunk, on one page. Such a list gives out no cursor, so any
         * cursor is one it did not give out: refused as a paged list refuses a cursor its use case cannot read, not
         * read past as if it asked for the first page.
         */
        static Rows of(List<Row> rows) {
            List<Row> all = List.copyOf(rows);
            return (cursor, limit, out) -> {
                if (cursor != null) {
                    throw new IllegalArgumentException("a list on one page has no cursor");
                }
                all.forEach(out);
                return null;
            };
        }

        /** Rows of a use case that answers pages by cursor: one page of {@code limit} items per chunk. */
        static <T> Rows paged(BiFunction<String, Integer, Page<T>> page, Function<T, Row> row) {
            return (cursor, limit, out) -> {
                Page<T> p = page.apply(cursor, limit);
                p.items().forEach(item -> out.accept(row.apply(item)));
                return p.nextCursor();
            };
        }
    }
}
