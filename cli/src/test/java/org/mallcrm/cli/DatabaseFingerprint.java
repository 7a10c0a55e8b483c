package org.mallcrm.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;

/**
 * What a test's database holds. An SQLite file byte for byte: its write-ahead log is checkpointed into the file and
 * emptied, then the file is hashed. On PostgreSQL (see {@link TestStore}) every table's rows, in a fixed order. Two
 * equal fingerprints mean nothing was committed in between.
 */
public final class DatabaseFingerprint {

    private DatabaseFingerprint() {
    }

    public static String of(Path db) {
        if (TestStore.postgres()) {
            return ofPostgres(TestStore.url(db));
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
                Statement st = c.createStatement()) {
            st.execute("PRAGMA wal_checkpoint(TRUNCATE)");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot checkpoint " + db + ": " + e.getMessage(), e);
        }
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(db)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String ofPostgres(String url) {
        StringBuilder all = new StringBuilder();
        try (Connection c = DriverManager.getConnection(url); Statement st = c.createStatement()) {
            java.util.List<String> tables = new java.util.ArrayList<>();
            try (var rs = st.executeQuery("select table_name from information_schema.tables where table_schema = "
                    + "current_schema() and table_type = 'BASE TABLE' order by table_name")) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            for (String t : tables) {
                try (var rs = st.executeQuery("select count(*), coalesce(md5(string_agg(x::text, E'\\n' order by "
                        + "x::text)), '') from \"" + t + "\" x")) {
                    rs.next();
                    all.append(t).append(' ').append(rs.getLong(1)).append(' ').append(rs.getString(2)).append('\n');
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read " + url + ": " + e.getMessage(), e);
        }
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(all.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
