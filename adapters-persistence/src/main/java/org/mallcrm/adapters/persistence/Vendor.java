package org.mallcrm.adapters.persistence;

import org.jooq.SQLDialect;

/**
 * The two databases mallcrm runs on, told apart by the JDBC URL: an embedded SQLite file for one mall on one
 * machine, a PostgreSQL server for a group of malls and several server processes. The repositories are the same;
 * where the SQL must differ they ask {@link Database#vendor()}.
 */
public enum Vendor {
    SQLITE("jdbc:sqlite:", SQLDialect.SQLITE, "sqlite"),
    POSTGRESQL("jdbc:postgresql:", SQLDialect.POSTGRES, "postgresql");

    private final String urlPrefix;
    private final SQLDialect dialect;
    private final String migrations;

    Vendor(String urlPrefix, SQLDialect dialect, String migrations) {
        this.urlPrefix = urlPrefix;
        this.dialect = dialect;
        this.migrations = migrations;
    }

    /**
     * The vendor of a JDBC URL.
     *
     * @throws IllegalArgumentException naming the two URL forms understood
     */
    public static Vendor of(String jdbcUrl) {
        for (Vendor v : values()) {
            if (jdbcUrl.startsWith(v.urlPrefix)) {
                return v;
            }
        }
        throw new IllegalArgumentException("not a database URL mallcrm can use: " + jdbcUrl
                + " (jdbc:sqlite:FILE or jdbc:postgresql://HOST[:PORT]/DATABASE)");
    }

    public SQLDialect dialect() {
        return dialect;
    }

    /** The folder of this vendor's migrations on the class path, below {@code db/migration}. */
    public String migrationFolder() {
        return "db/migration/" + migrations;
    }
}
