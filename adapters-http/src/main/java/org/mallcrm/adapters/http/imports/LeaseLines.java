package org.mallcrm.adapters.http.imports;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.mallcrm.adapters.http.common.ApiException;
import org.mallcrm.adapters.http.common.Bodies;
import org.mallcrm.application.common.port.in.UnreadableFileException;
import org.mallcrm.application.lease.port.in.LeaseSpec;
import org.mallcrm.application.lease.port.in.LeaseUseCases;

/**
 * A JSON Lines file of lease specs ({@code import leases}, {@code leases import}, a web upload of leases): one spec a
 * line, each read by the API's one body reader ({@link Bodies}), so a line is held to what a request body is. Blank
 * lines are skipped; a line that is not a lease spec is kept with the reason, for the use case to report with the
 * others.
 */
public final class LeaseLines {

    private LeaseLines() {
    }

    /**
     * The file's specs, one a line.
     *
     * @throws UnreadableFileException when it is empty or not UTF-8 (naming the line of the bad byte)
     * @throws InputFileException      when it is missing or cannot be read from the disk
     */
    public static List<LeaseUseCases.SpecLine> read(Path file) {
        ImportFile.requireReadable(file);
        List<LeaseUseCases.SpecLine> lines = new ArrayList<>();
        int n = 0;
        try (BufferedReader in = new BufferedReader(new Utf8Reader(Files.newInputStream(file)), 1 << 16)) {
            while (true) {
                String text;
                try {
                    text = in.readLine();
                } catch (CharacterCodingException e) {
                    throw new UnreadableFileException("not valid UTF-8: a byte on line " + (n + 1)
                            + " is not part of a UTF-8 character (save the file as UTF-8)", e);
                }
                if (text == null) {
                    break;
                }
                n++;
                if (n == 1 && text.startsWith("\uFEFF")) {
                    text = text.substring(1);
                }
                if (text.isBlank()) {
                    continue;
                }
                try {
                    lines.add(new LeaseUseCases.SpecLine(n, spec(text), null));
                } catch (IllegalArgumentException e) {
                    lines.add(new LeaseUseCases.SpecLine(n, null, "not a lease spec: " + e.getMessage()));
                }
            }
        } catch (NoSuchFileException e) {
            throw new InputFileException("no such file: " + file);
        } catch (IOException e) {
            throw new InputFileException("cannot read " + file + ": " + e.getMessage());
        }
        if (lines.isEmpty()) {
            throw new UnreadableFileException("the file holds no lease specs (one JSON object a line)");
        }
        return lines;
    }

    /**
     * One line as a lease spec.
     *
     * @throws IllegalArgumentException naming every field at fault, in one sentence
     */
    static LeaseSpec spec(String line) {
        try {
            return Bodies.readDocument(line.getBytes(StandardCharsets.UTF_8), LeaseSpec.class);
        } catch (ApiException e) {
            // the line is the file's line: a position inside it is a column
            throw new IllegalArgumentException(e.errors().stream()
                    .map(f -> (f.field().equals("body") ? "" : f.field() + ": ") + f.reason()
                            .replace("(line 1, column ", "(column "))
                    .collect(Collectors.joining("; ")));
        }
    }
}
