package org.mallcrm.adapters.persistence;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.mallcrm.application.common.port.out.ChangeCounters;

/** The change counters the V6 triggers move; one indexed read per question. */
public final class JdbcChangeCounters implements ChangeCounters {

    private final Database db;

    public JdbcChangeCounters(Database db) {
        this.db = db;
    }

    @Override
    public long current(Kind kind) {
        return db.withConnection(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT version FROM change_counter WHERE kind = ?")) {
                ps.setString(1, kind.name());
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? rs.getLong(1) : -1L;
                }
            } catch (SQLException e) {
                throw new IllegalStateException("cannot read the change counters: " + e.getMessage(), e);
            }
        });
    }
}
