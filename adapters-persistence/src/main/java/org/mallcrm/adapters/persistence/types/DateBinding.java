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

    @Override
    LocalDate parse(String text) {
        return LocalDate.parse(text);
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
