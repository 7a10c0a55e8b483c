package org.mallcrm.domain.channel;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.mallcrm.domain.buyer.BuyerId;
import org.mallcrm.domain.common.Limits;

/**
 * Reads rows of the {@code trips} and {@code scans} imports (contract.md) into trips and scans, reporting every
 * bad field of a row. Rows come as column name → text; cross-row checks (a trip number or channel code used twice
 * in the file or the database) are the importer's.
 */
public final class ChannelRows {

    public static final List<String> TRIP_COLUMNS = List.of("trip_no", "channel", "channel_name", "channel_code",
            "coach_plate", "arrival_date", "window_start", "window_end", "reported_headcount");

    public static final List<String> SCAN_COLUMNS = List.of("scan_id", "kind", "code", "buyer_id", "scanned_at");

    private ChannelRows() {
    }

    public static RowOutcome<TripRow> trip(Map<String, String> row) {
        Reader r = new Reader(row);
        TripNo no = r.read("trip_no", TripNo::of);
        ChannelCode channel = r.read("channel", ChannelCode::of);
        String name = r.read("channel_name", s -> Texts.require(s, "channel name", 100));
        ScanCode code = r.read("channel_code", ScanCode::of);
        CoachPlate plate = r.read("coach_plate", CoachPlate::of);
        LocalDate date = r.read("arrival_date", ChannelRows::date);
        Instant start = r.read("window_start", ChannelRows::instant);
        Instant end = r.read("window_end", ChannelRows::instant);
        Integer reported = r.read("reported_headcount", ChannelRows::count);
        if (start != null && end != null && end.isBefore(start)) {
            r.error("window_end", "window ends before it starts (" + row.get("window_start") + ")");
        }
        if (!r.errors.isEmpty()) {
            return new RowOutcome.Invalid<>(r.errors);
        }
        return new RowOutcome.Valid<>(new TripRow(new Trip(no, channel, code, plate, date, start, end, reported),
                new Channel(channel, name)));
    }

    public static RowOutcome<Scan> scan(Map<String, String> row) {
        Reader r = new Reader(row);
        ScanId id = r.read("scan_id", ScanId::of);
        ScanKind kind = r.read("kind", ChannelRows::kind);
        ScanCode code = r.read("code", ScanCode::of);
        BuyerId buyer = r.read("buyer_id", BuyerId::of);
        Instant at = r.read("scanned_at", ChannelRows::instant);
        if (!r.errors.isEmpty()) {
            return new RowOutcome.Invalid<>(r.errors);
        }
        return new RowOutcome.Valid<>(new Scan(id, kind, code, buyer, at));
    }

    /** An ISO-8601 instant with offset ({@code 2025-03-10T09:15:00+08:00}, {@code …Z}), years 1900–2199. */
    public static Instant instant(String text) {
        try {
            Instant at = OffsetDateTime.parse(text.strip()).toInstant();
            EpochNanos.of(at, "instant");
            return at;
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("not an ISO-8601 instant with offset, e.g. 2025-03-10T09:15:00+08:00");
        }
    }

    private static LocalDate date(String text) {
        String t = text.strip();
        try {
            LocalDate d = t.matches("\\d{4}-\\d{2}-\\d{2}") ? LocalDate.parse(t) : null;
            if (d != null && !d.isBefore(Limits.EARLIEST_DATE) && !d.isAfter(Limits.LATEST_DATE)) {
                return d;
            }
        } catch (DateTimeParseException e) {
            // said below
        }
        throw new IllegalArgumentException("not an ISO date between 1900-01-01 and 2199-12-31, e.g. 2025-03-10");
    }

    private static int count(String text) {
        try {
            int n = Integer.parseInt(text.strip());
            if (n < 0) {
                throw new IllegalArgumentException("must be zero or more");
            }
            if (n > Limits.MAX_COUNT) {
                throw new IllegalArgumentException("must be at most " + Limits.MAX_COUNT);
            }
            return n;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a whole number");
        }
    }

    private static ScanKind kind(String text) {
        try {
            return ScanKind.valueOf(text.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("must be CHANNEL or CHECKIN");
        }
    }

    private static final class Reader {
        private final Map<String, String> row;
        private final List<FieldError> errors = new ArrayList<>();

        Reader(Map<String, String> row) {
            this.row = row;
        }

        <T> T read(String column, Function<String, T> parse) {
            String text = row.get(column);
            if (text == null || text.isBlank()) {
                errors.add(new FieldError(column, "", "is missing", true));
                return null;
            }
            try {
                return parse.apply(text);
            } catch (IllegalArgumentException e) {
                error(column, e.getMessage());
                return null;
            }
        }

        void error(String column, String reason) {
            String v = row.get(column);
            errors.add(new FieldError(column, v == null ? "" : v, reason, false));
        }
    }
}
