package org.mallcrm.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.mallcrm.adapters.http.common.Json;

/** Runs the CLI in-process on one database and captures what it prints. */
public final class CliRun {

    public record Result(int exitCode, String out, String err) {
    }

    private final Path db;
    private final List<String> options;

    public CliRun(Path db) {
        this.db = db;
        this.options = null;
    }

    private CliRun(List<String> options) {
        this.db = null;
        this.options = options;
    }

    /** Runs commands on an SQLite file ({@code --db}) whatever store the tests run on. */
    public static CliRun onFile(Path db) {
        return new CliRun(List.of("--db", db.toString()));
    }

    /** Runs commands on the server database at a JDBC URL ({@code --db-url}). */
    public static CliRun onUrl(String url) {
        return new CliRun(List.of("--db-url", url));
    }

    public Result run(String... args) {
        List<String> all = new ArrayList<>(options != null ? options : TestStore.options(db));
        all.addAll(List.of(args));
        return raw(all.toArray(String[]::new));
    }

    /** Runs a command line as given, with no database option added. */
    public static Result raw(String... all) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(all, new PrintWriter(out), new PrintWriter(err));
        return new Result(code, out.toString(), err.toString());
    }

    /** Runs a command that must succeed (the assertion shows its stderr), and returns what it printed. */
    public Result ok(String... args) {
        Result r = run(args);
        assertThat(r.exitCode()).as(String.join(" ", args) + "\n" + r.err()).isZero();
        return r;
    }

    /** Runs a command that must succeed with {@code --format json} and parses what it printed. */
    public JsonNode json(String... args) {
        String[] all = new String[args.length + 2];
        System.arraycopy(args, 0, all, 0, args.length);
        all[args.length] = "--format";
        all[args.length + 1] = "json";
        try {
            return Json.mapper().readTree(ok(all).out());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes a UTF-8 file into a test's folder and returns its path. */
    public static Path write(Path dir, String name, String content) {
        try {
            Path p = dir.resolve(name);
            Files.writeString(p, content, StandardCharsets.UTF_8);
            return p;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
