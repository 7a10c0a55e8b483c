package org.mallcrm.adapters.persistence;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Table;
import org.jooq.TableRecord;

/**
 * New rows of one table written in multi-row INSERTs: one statement rendered and prepared per chunk of rows, where
 * jOOQ's record batch ({@code batchInsert}) renders every record on its own. Each row writes the columns it set, as a
 * record's own INSERT would: a run of rows that set other columns goes in statements of its own, so that a column a row left
 * unset still gets the table's default rather than a NULL. Rows keep their order, so generated ids rise in it.
 */
public final class JooqRows {

    /** Bind values per statement: SQLite allows 32,766 a statement, PostgreSQL 65,535. */
    private static final int PARAMETERS_PER_INSERT = 30_000;
    /** Rows per statement at most, however few their columns. */
    private static final int ROWS_PER_INSERT = 500;

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
        int perInsert = Math.max(1, Math.min(ROWS_PER_INSERT, PARAMETERS_PER_INSERT / fields.size()));
        for (int i = 0; i < rows.size(); i += perInsert) {
            var insert = ctx.insertInto(table, fields);
            for (R r : rows.subList(i, Math.min(rows.size(), i + perInsert))) {
                Object[] values = new Object[fields.size()];
                for (int k = 0; k < values.length; k++) {
                    values[k] = r.get(fields.get(k));
                }
                insert = insert.values(values);
            }
            insert.execute();
        }
    }
}
