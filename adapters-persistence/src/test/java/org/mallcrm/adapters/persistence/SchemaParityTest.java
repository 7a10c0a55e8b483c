package org.mallcrm.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jooq.Field;
import org.jooq.Table;
import org.junit.jupiter.api.Test;
import org.mallcrm.adapters.persistence.jooq.DefaultSchema;

/**
 * The two vendors' migrations build the same schema: every table and column the jOOQ classes (generated from
 * SQLite) know exists in PostgreSQL with the type the Java field expects, text columns compare byte by byte, and
 * PostgreSQL has nothing SQLite lacks.
 */
class SchemaParityTest {

    @Test
    void postgresql_has_every_generated_table_and_column_with_the_matching_type() {
        Map<String, String> expected = new TreeMap<>();
        for (Table<?> t : DefaultSchema.DEFAULT_SCHEMA.getTables()) {
            for (Field<?> f : t.fields()) {
                expected.put(t.getName() + "." + f.getName(), pgType(f.getType()));
            }
        }
        Map<String, String> actual = new TreeMap<>();
        List<String> notBinary = new ArrayList<>();
        try (Database db = TestDatabases.fresh(Store.POSTGRESQL)) {
            db.dsl(ctx -> {
                ctx.fetch("select table_name, column_name, data_type, collation_name from information_schema.columns "
                        + "where table_schema = current_schema() and table_name <> 'flyway_schema_history'")
                        .forEach(r -> {
                            String column = r.get(0, String.class) + "." + r.get(1, String.class);
                            actual.put(column, r.get(2, String.class));
                            if ("text".equals(r.get(2, String.class)) && !"C".equals(r.get(3, String.class))) {
                                notBinary.add(column);
                            }
                        });
                return null;
            });
        }

        assertThat(actual).isEqualTo(expected);
        assertThat(notBinary).as("text columns without COLLATE \"C\"").isEmpty();
    }

    private static String pgType(Class<?> type) {
        if (type == Long.class || type == Integer.class) {
            return "bigint";
        }
        if (type == String.class) {
            return "text";
        }
        if (type == LocalDate.class) {
            return "date";
        }
        if (type == Instant.class) {
            return "timestamp with time zone";
        }
        if (type == byte[].class) {
            return "bytea";
        }
        return type.getName();
    }
}
