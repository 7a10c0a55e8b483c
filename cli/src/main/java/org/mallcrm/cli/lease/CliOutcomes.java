package org.mallcrm.cli.lease;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.stream.Collectors;
import org.mallcrm.adapters.http.common.ApiException;
import org.mallcrm.adapters.http.common.Bodies;
import org.mallcrm.application.common.port.in.Outcome;
import org.mallcrm.application.common.port.in.RowError;
import org.mallcrm.cli.CliException;
import org.mallcrm.cli.ExitCodes;

/** Turns use-case outcomes into values or the contract's exit codes, and reads JSON documents given on the line. */
public final class CliOutcomes {

    private CliOutcomes() {
    }

    /** The value of a done outcome; otherwise exit 65 (bad input, every field named), or 1 (refused, not found). */
    public static <T> T value(Outcome<T> outcome) {
        return switch (outcome) {
            case Outcome.Done<T> d -> d.value();
            case Outcome.Invalid<T> i -> throw new CliException(ExitCodes.DATA_ERROR, "bad input, nothing written:\n"
                    + i.errors().stream().map(CliOutcomes::describe).collect(Collectors.joining("\n")));
            case Outcome.Refused<T> r -> throw CliException.refused("refused: " + r.reason());
            case Outcome.NotFound<T> n -> throw CliException.notFound(n.what());
        };
    }

    private static String describe(RowError e) {
        String where = e.line() > 0 ? "line " + e.line() + ", " : "";
        return "  " + where + (e.column().isEmpty() ? "" : e.column() + ": ")
                + (e.value().isEmpty() ? "" : "'" + e.value() + "': ") + e.reason();
    }

    /** Reads a JSON file as the given record: 66 when it cannot be read, 65 when it is not such JSON. */
    public static <T> T readJson(Path file, Class<T> type) {
        String text;
        try {
            text = Files.readString(file);
        } catch (NoSuchFileException e) {
            throw new CliException(ExitCodes.NO_INPUT, "no such file: " + file);
        } catch (IOException e) {
            throw new CliException(ExitCodes.NO_INPUT, "cannot read " + file + ": " + e.getMessage());
        }
        try {
            return Bodies.readDocument(text.getBytes(java.nio.charset.StandardCharsets.UTF_8), type);
        } catch (ApiException e) {
            throw new CliException(ExitCodes.DATA_ERROR, file + " is not a valid document:\n" + e.errors().stream()
                    .map(f -> "  " + (f.field().equals("body") ? "" : f.field() + ": ") + f.reason())
                    .collect(Collectors.joining("\n")));
        }
    }
}
