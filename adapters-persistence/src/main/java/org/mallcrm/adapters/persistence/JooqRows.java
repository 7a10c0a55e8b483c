package org.mallcrm.adapters.persistence;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.SQLDialect;
import org.jooq.Table;
import org.jooq.TableRecord;
import org.mallcrm.adapters.persistence.types.InstantBinding;

/**
 * New rows of one table written through one prepared INSERT executed once a row (a batch on PostgreSQL), its values
 * bound in plain JDBC: the statement is rendered once, where jOOQ's record batch ({@code batchInsert}) renders every
 * record on its own and a jOOQ batch makes a binding context per value. Each row writes the
 * columns it set, as a record's own INSERT would: a run of rows that set other columns gets a statement of its own, so
 * that a column a row left unset still gets the table's default rather than a NULL. Rows keep their order, so
 * generated ids rise in it.
 */
public final class JooqRows {

    private JooqRows() {
    }

    /** Inserts the rows (records of {@code table}), in their order. */
    public static <R extends TableRecord<R>> void insert(DSLContext ctx, Table<R> table, List<R> rows) {
        if (rows.isEmpty()) {
            return;
        }
        Field<?>[] all = table.fields();
        // runs of consecutive rows that set the same columns, one run after the other
        List<Field<?>> runFields = null;
        int runStart = 0;
        for (int i = 0; i <= rows.size(); i++) {
            List<Field<?>> set = i == rows.size() ? null : setColumns(all, rows.get(i));
            if (i > 0 && !Objects.equals(set, runFields)) {
                insert(ctx, table, runFields, rows.subList(runStart, i));
                runStart = i;
            }
            runFields = set;
        }
    }

    private static List<Field<?>> setColumns(Field<?>[] all, TableRecord<?> r) {
        List<Field<?>> set = new ArrayList<>();
        for (Field<?> f : all) {
            if (r.changed(f)) {
                set.add(f);
            }
        }
        return set;
    }

    private static <R extends TableRecord<R>> void insert(DSLContext ctx, Table<R> table, List<Field<?>> fields,
            List<R> rows) {
        if (fields.isEmpty()) {
            for (int i = 0; i < rows.size(); i++) {
                ctx.insertInto(table).defaultValues().execute();
            }
            return;
        }
        // one INSERT rendered (as jOOQ renders it for this database: PostgreSQL's casts of dates and instants) and
        // prepared, each row's values bound in plain JDBC as the columns' bindings store them
        boolean server = ctx.family() == SQLDialect.POSTGRES;
        String sql = ctx.render(ctx.insertInto(table, fields).values(new Object[fields.size()]));
        Class<?>[] types = new Class<?>[fields.size()];
        for (int k = 0; k < types.length; k++) {
            types[k] = fields.get(k).getType();
        }
        ctx.connection(c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                int pending = 0;
                for (R r : rows) {
                    for (int k = 0; k < types.length; k++) {
                        bind(ps, k + 1, types[k], r.get(fields.get(k)), server);
                    }
                    if (!server) {
                        ps.executeUpdate(); // SQLite steps the prepared statement once a row anyway
                        continue;
                    }
                    ps.addBatch();
                    if (++pending == BATCH) {
                        ps.executeBatch();
                        pending = 0;
                    }
                }
                if (pending > 0) {
                    ps.executeBatch();
                }
            }
        });
    }

    /** Rows a PostgreSQL batch sends at once. */
    private static final int BATCH = 1000;

    /** Binds a column's value the way its jOOQ binding stores it (see {@code types.VendorBinding}). */
    private static void bind(PreparedStatement ps, int i, Class<?> type, Object v, boolean server)
            throws SQLException {
        if (type == Long.class) {
            if (v == null) {
                ps.setNull(i, Types.BIGINT);
            } else {
                ps.setLong(i, (Long) v);
            }
        } else if (type == String.class) {
            if (v == null) {
                ps.setNull(i, Types.VARCHAR);
            } else {
                ps.setString(i, (String) v);
            }
        } else if (type == LocalDate.class) {
            if (v == null) {
                ps.setNull(i, server ? Types.DATE : Types.VARCHAR);
            } else if (server) {
                ps.setObject(i, v);
            } else {
                ps.setString(i, v.toString());
            }
        } else if (type == Instant.class) {
            if (v == null) {
                ps.setNull(i, server ? Types.TIMESTAMP_WITH_TIMEZONE : Types.VARCHAR);
            } else if (server) {
                ps.setObject(i, ((Instant) v).atOffset(ZoneOffset.UTC));
            } else {
                ps.setString(i, InstantBinding.text((Instant) v));
            }
        } else if (type == byte[].class) {
            if (v == null) {
                ps.setNull(i, Types.BINARY);
            } else {
                ps.setBytes(i, (byte[]) v);
            }
        } else {
            throw new IllegalArgumentException("no plain JDBC binding for a column of " + type.getName());
        }
    }
}
