package org.mallcrm.cli.lease;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mallcrm.cli.CliRun;
import org.mallcrm.cli.DatabaseFingerprint;

/**
 * Issue 14's safety net: well over a thousand generated bad import files ({@link ImportFuzzFiles}), over every import
 * kind the command line has (stalls, merchants, trips, scans, receipts and buyers as CSV and some as .xlsx; leases as
 * JSON Lines), each imported into one database holding a baseline of every kind. Each file is bad in one known place:
 * a row with another number of fields, a byte that is not UTF-8, a NUL or an escape code in a value, a bad value in a
 * column, a key repeated in the file or taken by a stored row, broken quoting, a bad header, nothing to import; some
 * start with a BOM, use CRLF or have blank lines. Every run must exit 65, leave the database byte for byte as it was,
 * name the line that is bad, and show the user no exception, stack trace or internal class name.
 *
 * <p>Each good file is first imported as a dry run (exit 0, nothing written), so it is the mutation that makes each
 * case bad. The seed is fixed (reproducible); {@code -Dmallcrm.fuzz.seed=N} and {@code -Dmallcrm.fuzz.cases=N} try
 * others.
 */
class ImportFuzzTest {

    private static final int CASES = Integer.getInteger("mallcrm.fuzz.cases", 1050);
    private static final long SEED = Long.getLong("mallcrm.fuzz.seed", 20261206L);

    @TempDir
    Path dir;
    LeasingCli mall;
    Path db;
    String baseline;
    String baselineCounts;

    @Test
    void no_bad_file_of_any_kind_writes_anything_and_every_problem_names_its_line() {
        mall = new LeasingCli(dir);
        ImportFuzzFiles files = new ImportFuzzFiles(dir, SEED);
        files.baseline(mall);
        db = dir.resolve("mall.db");
        baseline = DatabaseFingerprint.of(db);
        baselineCounts = rowCounts();

        for (ImportFuzzFiles.Kind k : ImportFuzzFiles.KINDS) {
            CliRun.Result dry = mall.run("import", k.name(), files.csvFile(k.header(), k.rows()).toString(),
                    "--dry-run");
            assertThat(dry.exitCode()).as(k.name() + " good file\n" + dry.err()).isZero();
        }
        CliRun.Result dry = mall.run("import", "leases", files.jsonl(ImportFuzzFiles.LEASES, "").toString(),
                "--dry-run");
        assertThat(dry.exitCode()).as("leases good file\n" + dry.err()).isZero();
        assertThat(DatabaseFingerprint.of(db)).as("dry runs write nothing").isEqualTo(baseline);

        List<String> failures = new ArrayList<>();
        Map<String, Integer> tried = new TreeMap<>();
        for (int i = 0; i < CASES; i++) {
            ImportFuzzFiles.Case c = files.next(i);
            tried.merge(c.kind() + " " + c.what().replaceAll(" .*", ""), 1, Integer::sum);
            String failure = check(c);
            if (failure != null) {
                failures.add(failure);
            }
            try {
                Files.deleteIfExists(c.file());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        assertThat(tried.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(CASES);
        assertThat(tried.keySet().stream().map(k -> k.replaceAll(" .*", "")).distinct())
                .as("every kind is tried").containsExactlyInAnyOrder("stalls", "merchants", "trips", "scans",
                        "receipts", "buyers", "leases");
        assertThat(failures).as("of %d bad files (seed %d; tried %s)", CASES, SEED, tried).isEmpty();
    }

    /** Null when the run kept every promise, else what it broke. */
    private String check(ImportFuzzFiles.Case c) {
        CliRun.Result r = mall.run("import", c.kind(), c.file().toString());
        String err = r.err();
        String where = c.kind() + " / " + c.what() + " (line " + c.line() + "): ";
        if (r.exitCode() != 65) {
            baseline = DatabaseFingerprint.of(db); // the next cases are judged on their own
            baselineCounts = rowCounts();
            return where + "exit " + r.exitCode() + ": " + head(err);
        }
        if (!DatabaseFingerprint.of(db).equals(baseline)) {
            String counts = rowCounts();
            baseline = DatabaseFingerprint.of(db);
            String changed = counts.equals(baselineCounts) ? "same row counts" : "rows now " + counts;
            baselineCounts = counts;
            return where + "the database changed (" + changed + "): " + head(err);
        }
        for (String internal : new String[] {"Exception", "org.mallcrm", "java.", "\tat ", "jackson", "sqlite"}) {
            if (err.contains(internal)) {
                return where + "shows '" + internal + "': " + head(err);
            }
        }
        if (err.chars().anyMatch(ch -> Character.isISOControl(ch) && ch != '\n' && ch != '\r' && ch != '\t')) {
            return where + "echoes a control character to the terminal: " + head(err);
        }
        if (!err.contains("nothing was written")) {
            return where + "does not say nothing was written: " + head(err);
        }
        List<Integer> lines = reportedLines(err);
        if (lines == null) {
            return where + "a reported problem names no line: " + head(err);
        }
        if (c.line() > 0 && !lines.contains(c.line()) && !err.contains("line " + c.line() + " ")
                && !err.contains("line " + c.line() + ":") && !err.contains("line " + c.line() + ";")
                && !err.contains("line " + c.line() + ")")) {
            return where + "does not name line " + c.line() + ": " + head(err);
        }
        return null;
    }

    /** Each table's number of rows. */
    private String rowCounts() {
        StringBuilder out = new StringBuilder();
        try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + db);
                java.sql.Statement st = c.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (java.sql.ResultSet rs = st.executeQuery("select name from sqlite_master where type = 'table' "
                    + "order by name")) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            for (String t : tables) {
                try (java.sql.ResultSet rs = st.executeQuery("select count(*) from \"" + t + "\"")) {
                    rs.next();
                    out.append(t).append('=').append(rs.getLong(1)).append(' ');
                }
            }
        } catch (java.sql.SQLException e) {
            return "unreadable: " + e.getMessage();
        }
        return out.toString().strip();
    }

    /** The lines of a row report (empty for a whole-file problem); null when a row names none. */
    private static List<Integer> reportedLines(String err) {
        int start = err.indexOf("line,column,value,reason\n");
        List<Integer> lines = new ArrayList<>();
        if (start < 0) {
            return lines;
        }
        try {
            List<CSVRecord> records = CSVFormat.RFC4180.parse(new StringReader(err.substring(start))).getRecords();
            for (CSVRecord rec : records.subList(1, records.size())) {
                int n = Integer.parseInt(rec.get(0));
                if (n < 1) {
                    return null;
                }
                lines.add(n);
            }
        } catch (IOException | RuntimeException e) {
            return null;
        }
        return lines.isEmpty() ? null : lines;
    }

    private static String head(String err) {
        StringBuilder visible = new StringBuilder();
        err.chars().forEach(ch -> visible.append(Character.isISOControl(ch) && ch != '\n'
                ? String.format("\\u%04X", ch) : String.valueOf((char) ch)));
        String e = visible.toString();
        return e.length() > 400 ? e.substring(0, 400) + "…" : e;
    }
}
