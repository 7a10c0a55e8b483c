package org.mallcrm.adapters.persistence;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.jooq.Cursor;
import org.jooq.Field;
import org.jooq.ForeignKey;
import org.jooq.Record;
import org.jooq.Table;
import org.jooq.TableRecord;
import org.jooq.impl.DSL;
import org.mallcrm.adapters.persistence.jooq.DefaultSchema;

/**
 * Copies everything of one database (every mall) into another, empty one, all or nothing: the target is written in
 * one transaction, checked (row counts and money totals of every table equal to the source's) and committed only
 * when the checks hold. The source is read in one transaction, so what is copied is one moment of it.
 */
public final class DatabaseCopy {

    /** What one table holds, in the source and, after the copy, in the target. */
    public record TableCount(String table, long rows, long moneyFen) {
    }

    /** The outcome of a copy. */
    public sealed interface Outcome permits Copied, TargetNotEmpty {
    }

    /** Every table copied; its counts (equal in both databases). */
    public record Copied(List<TableCount> tables) implements Outcome {
        public long rows() {
            return tables.stream().mapToLong(TableCount::rows).sum();
        }

        public long moneyFen() {
            return tables.stream().mapToLong(TableCount::moneyFen).sum();
        }
    }

    /** The target holds rows already: nothing was written. */
    public record TargetNotEmpty(String table, long rows) implements Outcome {
    }

    /** Thrown (and the copy undone) when the target's counts or totals differ from the source's after the copy. */
    public static final class Mismatch extends RuntimeException {
        public Mismatch(String message) {
            super(message);
        }
    }

    private DatabaseCopy() {
    }

    /**
     * The tables of the schema, every table after the tables its foreign keys point to; not the change counters, which
     * count the changes made in their own database (the migrations seed them, the copy's inserts move them).
     */
    static List<Table<?>> tablesInOrder() {
        Map<String, Table<?>> all = new LinkedHashMap<>();
        for (Table<?> t : DefaultSchema.DEFAULT_SCHEMA.getTables()) {
            if (!t.getName().equals("change_counter")) {
                all.put(t.getName(), t);
            }
        }
        Set<String> done = new LinkedHashSet<>();
        for (String name : all.keySet()) {
            visit(name, all, done, new LinkedHashSet<>());
        }
        return done.stream().map(all::get).toList();
    }

    private static void visit(String name, Map<String, Table<?>> all, Set<String> done, Set<String> path) {
        if (done.contains(name) || !path.add(name)) {
            return;
        }
        for (ForeignKey<?, ?> fk : all.get(name).getReferences()) {
            String parent = fk.getKey().getTable().getName();
            if (!parent.equals(name) && all.containsKey(parent)) {
                visit(parent, all, done, path);
            }
        }
        done.add(name);
    }

    /**
     * Copies {@code source} into {@code target}.
     *
     * @param progress told what is being copied and checked, a line at a time
     */
    public static Outcome copy(Database source, Database target, Consumer<String> progress) {
        List<Table<?>> tables = tablesInOrder();
        for (Table<?> t : tables) {
            long n = target.dsl(ctx -> (long) ctx.fetchCount(t));
            if (n > 0) {
                return new TargetNotEmpty(t.getName(), n);
            }
        }
        return source.inTransaction(() -> target.inTransaction(() -> {
            List<TableCount> counts = new ArrayList<>();
            for (Table<?> t : tables) {
                TableCount expected = count(source, t);
                if (expected.rows() > 0) {
                    progress.accept("copying " + t.getName() + " (" + String.format("%,d", expected.rows()) + " rows) …");
                    copyTable(source, target, t);
                }
                TableCount actual = count(target, t);
                if (!actual.equals(expected)) {
                    throw new Mismatch("after the copy " + t.getName() + " holds " + actual.rows() + " rows, "
                            + actual.moneyFen() + " fen in money columns; the source " + expected.rows() + " rows, "
                            + expected.moneyFen() + " fen: nothing was copied");
                }
                counts.add(expected);
            }
            if (target.vendor() == Vendor.POSTGRESQL) {
                restartIdentities(target, tables);
            }
            progress.accept("checked: every table holds as many rows and as much money as in the source");
            return new Copied(counts);
        }));
    }

    /** Rows and the sum of every money column ({@code *_fen}) of a table. */
    static TableCount count(Database db, Table<?> t) {
        List<Field<?>> money = new ArrayList<>();
        for (Field<?> f : t.fields()) {
            if (f.getName().endsWith("_fen")) {
                money.add(f);
            }
        }
        return db.dsl(ctx -> {
            long rows = ctx.fetchCount(t);
            long fen = 0;
            for (Field<?> f : money) {
                Number sum = ctx.select(DSL.sum(f.coerce(Long.class))).from(t).fetchOne(0, Number.class);
                fen = Math.addExact(fen, sum == null ? 0 : sum.longValue());
            }
            return new TableCount(t.getName(), rows, fen);
        });
    }

    private static void copyTable(Database source, Database target, Table<?> t) {
        if (target.vendor() == Vendor.POSTGRESQL) {
            copyWithCopy(source, target, t);
        } else {
            copyWithBatches(source, target, t);
        }
    }

    private static void copyWithBatches(Database source, Database target, Table<?> t) {
        source.dsl(src -> {
            try (Cursor<? extends Record> rows = src.selectFrom(t).fetchSize(1000).fetchLazy()) {
                List<TableRecord<?>> batch = new ArrayList<>(1000);
                while (rows.hasNext()) {
                    batch.add((TableRecord<?>) rows.fetchNext());
                    if (batch.size() == 1000) {
                        insert(target, batch);
                    }
                }
                insert(target, batch);
            }
            return null;
        });
    }

    private static void insert(Database target, List<TableRecord<?>> batch) {
        if (batch.isEmpty()) {
            return;
        }
        target.dsl(ctx -> {
            for (TableRecord<?> r : batch) {
                r.attach(ctx.configuration());
                r.changed(true);
            }
            ctx.batchInsert(batch).execute();
            return null;
        });
        batch.clear();
    }

    /** PostgreSQL's COPY … FROM STDIN in its text format, fed row by row from the source's cursor. */
    private static void copyWithCopy(Database source, Database target, Table<?> t) {
        Field<?>[] fields = t.fields();
        StringBuilder columns = new StringBuilder();
        for (Field<?> f : fields) {
            columns.append(columns.isEmpty() ? "" : ", ").append(f.getName());
        }
        target.withConnection(c -> {
            try {
                Writer out = new java.io.BufferedWriter(new java.io.OutputStreamWriter(
                        new org.postgresql.copy.PGCopyOutputStream(c.unwrap(org.postgresql.PGConnection.class),
                                "COPY " + t.getName() + " (" + columns + ") FROM STDIN", 1 << 16),
                        StandardCharsets.UTF_8), 1 << 16);
                try (out) {
                    source.dsl(src -> {
                        try (Cursor<? extends Record> rows = src.selectFrom(t).fetchSize(1000).fetchLazy()) {
                            StringBuilder line = new StringBuilder(256);
                            while (rows.hasNext()) {
                                Record r = rows.fetchNext();
                                line.setLength(0);
                                for (int i = 0; i < fields.length; i++) {
                                    if (i > 0) {
                                        line.append('\t');
                                    }
                                    text(line, r.get(i));
                                }
                                line.append('\n');
                                out.append(line);
                            }
                        } catch (IOException e) {
                            throw new java.io.UncheckedIOException(e);
                        }
                        return null;
                    });
                }
                return null;
            } catch (SQLException | IOException e) {
                throw new IllegalStateException("cannot copy " + t.getName() + ": " + e.getMessage(), e);
            }
        });
    }

    private static void text(StringBuilder line, Object v) {
        if (v == null) {
            line.append("\\N");
        } else if (v instanceof Instant i) {
            line.append(i.atOffset(ZoneOffset.UTC));
        } else if (v instanceof LocalDate || v instanceof Number) {
            line.append(v);
        } else {
            String s = v.toString();
            for (int i = 0; i < s.length(); i++) {
                char ch = s.charAt(i);
                switch (ch) {
                    case '\\' -> line.append("\\\\");
                    case '\t' -> line.append("\\t");
                    case '\n' -> line.append("\\n");
                    case '\r' -> line.append("\\r");
                    default -> line.append(ch);
                }
            }
        }
    }

    /** Identity columns continue after the ids copied, so that the next row the target creates gets a new one. */
    private static void restartIdentities(Database target, List<Table<?>> tables) {
        target.dsl(ctx -> {
            for (Table<?> t : tables) {
                Field<?> id = t.field("id");
                if (id == null) {
                    continue;
                }
                String sequence = ctx.fetchOne("select pg_get_serial_sequence(?, 'id')", t.getName()).get(0, String.class);
                if (sequence != null) {
                    ctx.fetch("select setval(?::regclass, coalesce((select max(id) from " + t.getName()
                            + "), 0) + 1, false)", sequence);
                }
            }
            return null;
        });
    }
}
