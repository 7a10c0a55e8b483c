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

    /** The SQLite text of an instant. */
    public static String text(Instant value) {
        return TEXT.format(value);
    }

    @Override
    String format(Instant value) {
        return text(value);
    }

    @Override
    Instant parse(String text) {
        return Instant.parse(text);
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
