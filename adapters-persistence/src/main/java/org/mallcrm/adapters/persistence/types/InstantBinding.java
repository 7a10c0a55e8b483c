package org.mallcrm.adapters.persistence.types;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * An instant: ISO-8601 UTC TEXT with nine fraction digits in SQLite (so that text order is time order), {@code
 * timestamptz} in PostgreSQL (which keeps microseconds; the system clock gives no finer ones).
 */
public final class InstantBinding extends VendorBinding<Instant> {

    private static final DateTimeFormatter TEXT =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSSSSS'Z'").withZone(ZoneOffset.UTC);

    public InstantBinding() {
        super(Instant.class, "timestamptz");
    }

    /**
     * The SQLite text of an instant. Written by hand for the years 0000 to 9999 (the formatter costs a few
     * microseconds, and every claim, redemption and scan writes and reads several); other years by the formatter.
     */
    public static String text(Instant value) {
        long seconds = value.getEpochSecond();
        long day = Math.floorDiv(seconds, 86_400);
        if (day < MIN_DAY || day > MAX_DAY) {
            return TEXT.format(value);
        }
        int secondOfDay = (int) Math.floorMod(seconds, 86_400);
        java.time.LocalDate date = java.time.LocalDate.ofEpochDay(day);
        byte[] b = new byte[30];
        digits(b, 0, date.getYear(), 4);
        b[4] = '-';
        digits(b, 5, date.getMonthValue(), 2);
        b[7] = '-';
        digits(b, 8, date.getDayOfMonth(), 2);
        b[10] = 'T';
        digits(b, 11, secondOfDay / 3600, 2);
        b[13] = ':';
        digits(b, 14, secondOfDay / 60 % 60, 2);
        b[16] = ':';
        digits(b, 17, secondOfDay % 60, 2);
        b[19] = '.';
        digits(b, 20, value.getNano(), 9);
        b[29] = 'Z';
        return new String(b, java.nio.charset.StandardCharsets.US_ASCII);
    }

    private static final long MIN_DAY = java.time.LocalDate.of(0, 1, 1).toEpochDay();
    private static final long MAX_DAY = java.time.LocalDate.of(9999, 12, 31).toEpochDay();

    private static void digits(byte[] b, int at, int value, int width) {
        for (int i = at + width - 1; i >= at; i--) {
            b[i] = (byte) ('0' + value % 10);
            value /= 10;
        }
    }

    /**
     * An instant read back from SQLite: the text {@link #text} writes is read by hand, anything else (older rows
     * with fewer fraction digits, say) by {@link Instant#parse}.
     */
    public static Instant parseText(String text) {
        if (text.length() == 30 && text.charAt(4) == '-' && text.charAt(7) == '-' && text.charAt(10) == 'T'
                && text.charAt(13) == ':' && text.charAt(16) == ':' && text.charAt(19) == '.'
                && text.charAt(29) == 'Z') {
            int year = number(text, 0, 4);
            int month = number(text, 5, 2);
            int day = number(text, 8, 2);
            int hour = number(text, 11, 2);
            int minute = number(text, 14, 2);
            int second = number(text, 17, 2);
            int nano = number(text, 20, 9);
            if (year >= 0 && month >= 1 && month <= 12 && day >= 1 && day <= 31 && hour >= 0 && hour <= 23
                    && minute >= 0 && minute <= 59 && second >= 0 && second <= 59 && nano >= 0) {
                long epochDay = java.time.LocalDate.of(year, month, day).toEpochDay();
                return Instant.ofEpochSecond(epochDay * 86_400 + hour * 3600L + minute * 60L + second, nano);
            }
        }
        return Instant.parse(text);
    }

    /** The decimal number of {@code width} digits at {@code at}; -1 when one is not a digit. */
    private static int number(String s, int at, int width) {
        int n = 0;
        for (int i = at; i < at + width; i++) {
            char ch = s.charAt(i);
            if (ch < '0' || ch > '9') {
                return -1;
            }
            n = n * 10 + (ch - '0');
        }
        return n;
    }

    @Override
    String format(Instant value) {
        return text(value);
    }

    @Override
    Instant parse(String text) {
        return parseText(text);
    }

    @Override
    Object toServer(Instant value) {
        return value.atOffset(ZoneOffset.UTC);
    }

    @Override
    Instant fromServer(ResultSet rs, int index) throws SQLException {
        OffsetDateTime t = rs.getObject(index, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }
}
