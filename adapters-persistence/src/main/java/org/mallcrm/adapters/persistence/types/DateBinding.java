package org.mallcrm.adapters.persistence.types;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;

/** A calendar day: {@code 2026-01-15} as TEXT in SQLite, {@code date} in PostgreSQL. */
public final class DateBinding extends VendorBinding<LocalDate> {

    public DateBinding() {
        super(LocalDate.class, "date");
    }

    @Override
    String format(LocalDate value) {
        return value.toString();
    }

    /** {@code yyyy-mm-dd} read directly (DateTimeFormatter costs a microsecond a value); anything else as ISO. */
    @Override
    LocalDate parse(String text) {
        if (text.length() == 10 && text.charAt(4) == '-' && text.charAt(7) == '-') {
            int y = digits(text, 0, 4);
            int m = digits(text, 5, 7);
            int d = digits(text, 8, 10);
            if (y >= 0 && m >= 0 && d >= 0) {
                return LocalDate.of(y, m, d);
            }
        }
        return LocalDate.parse(text);
    }

    private static int digits(String s, int from, int to) {
        int v = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            v = v * 10 + (c - '0');
        }
        return v;
    }

    @Override
    Object toServer(LocalDate value) {
        return value;
    }

    @Override
    LocalDate fromServer(ResultSet rs, int index) throws SQLException {
        return rs.getObject(index, LocalDate.class);
    }
}
