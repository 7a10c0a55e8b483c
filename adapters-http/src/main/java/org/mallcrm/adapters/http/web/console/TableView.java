package org.mallcrm.adapters.http.web.console;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.mallcrm.adapters.http.web.kit.Formats;
import org.mallcrm.domain.geometry.Area;
import org.mallcrm.domain.money.Money;

/**
 * A list page: filters as rows of chips, columns, rows of cells (a cell may link somewhere and may name the figure it
 * shows, for tests), a summary line under the table, a link to the next page and the link that exports the whole
 * list to .xlsx ({@link ListRoutes}).
 *
 * <p>A cell carries what it shows as text and, for the export, as a typed {@link Value}: money from fen, dates,
 * instants, counts and areas become numbers and dates in Excel, not text. Build cells with {@link Cell#money},
 * {@link Cell#date} … so the page and the file say the same thing.
 */
public record TableView(List<Filter> filters, List<Column> columns, List<Row> rows, List<String> summary,
        String nextHref, String empty, String exportHref, Period period, Chip emptyLink) {

    public TableView {
        filters = List.copyOf(filters);
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
        summary = List.copyOf(summary);
    }

    /** Whether the list has a period form whose period cannot be shown (its error says why). */
    public boolean periodInvalid() {
        return Period.invalid(period);
    }

    /** A list without an export link (a page that is not served by {@link ListRoutes}). */
    public TableView(List<Filter> filters, List<Column> columns, List<Row> rows, List<String> summary,
            String nextHref, String empty) {
        this(filters, columns, rows, summary, nextHref, empty, null, null, null);
    }

    /**
     * A form choosing the list's period, as the other pages with a period have it: {@code from} and {@code to}
     * (ISO days, or what was typed when it is not a day) sent to {@code action} with GET, under {@code label}; with
     * {@code error} (what is wrong with the period typed, shown above the list) when the period cannot be shown.
     */
    public record Period(String action, String label, String from, String to, String error) {
        public Period {
            Objects.requireNonNull(action, "action");
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(to, "to");
        }

        /** Whether a list has a period form ({@code period} not null) whose period cannot be shown. */
        static boolean invalid(Period period) {
            return period != null && period.error() != null;
        }

        /** The form of a period that is shown. */
        public Period(String action, String label, LocalDate from, LocalDate to) {
            this(action, label, from.toString(), to.toString(), null);
        }

        /** The form as {@code typed}, with its mistake when it has one. */
        public static Period of(String action, String label, PeriodForm typed) {
            return new Period(action, label, typed.fromText(), typed.toText(), typed.error());
        }
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

    /** A cell: its text on the page, an optional link and figure name, and its value in an export. */
    public record Cell(String text, String href, String figure, Value value) {

        public Cell {
            Objects.requireNonNull(value, "value");
        }

        /** A cell whose value is its text. */
        public Cell(String text, String href, String figure) {
            this(text, href, figure, new Value.Text(text == null ? "" : text));
        }

        public static Cell of(String text) {
            return new Cell(text, null, null);
        }

        public static Cell link(String text, String href) {
            return new Cell(text, href, null);
        }

        /** Money as the page writes it ({@code ¥13,740.07}) and, exported, the number 13740.07 (from fen). */
        public static Cell money(Money m, Formats f) {
            return m == null ? blank() : new Cell(f.money(m), null, null, new Value.Amount(m));
        }

        /** A day ({@code 2026-12-06}), exported as a date. */
        public static Cell date(LocalDate d, Formats f) {
            return d == null ? blank() : new Cell(f.date(d), null, null, new Value.Day(d));
        }

        /** An instant in the mall's time zone, exported as a date and time. */
        public static Cell instant(Instant i, Formats f) {
            return i == null ? blank() : new Cell(f.instant(i), null, null, new Value.Moment(i));
        }

        /** A count ({@code 1,234}), exported as a whole number. */
        public static Cell count(long n, Formats f) {
            return new Cell(f.count(n), null, null, new Value.Count(n));
        }

        /** An area ({@code 45.50 m²}), exported as the number of m² with two decimals. */
        public static Cell area(Area a, Formats f) {
            return a == null ? blank() : new Cell(f.area(a), null, null,
                    new Value.Decimal(BigDecimal.valueOf(a.hundredths(), 2)));
        }

        public static Cell blank() {
            return new Cell("", null, null, new Value.Text(""));
        }

        /** This cell linking to {@code to}. */
        public Cell linked(String to) {
            return new Cell(text, to, figure, value);
        }

        /** This cell naming the figure it shows (a stable code for tests). */
        public Cell figured(String name) {
            return new Cell(text, href, name, value);
        }
    }

    /** What a cell holds, typed for an export. */
    public sealed interface Value {

        record Text(String text) implements Value {
            public Text {
                Objects.requireNonNull(text, "text");
            }
        }

        /** Money, exact in fen. */
        record Amount(Money money) implements Value {
            public Amount {
                Objects.requireNonNull(money, "money");
            }
        }

        record Day(LocalDate date) implements Value {
            public Day {
                Objects.requireNonNull(date, "date");
            }
        }

        record Moment(Instant at) implements Value {
            public Moment {
                Objects.requireNonNull(at, "at");
            }
        }

        record Count(long n) implements Value {
        }

        /** A decimal number shown with its scale (an area in m²). */
        record Decimal(BigDecimal number) implements Value {
            public Decimal {
                Objects.requireNonNull(number, "number");
            }
        }
    }
}
