package org.mallcrm.adapters.http.imports;

import java.io.BufferedReader;
import java.io.Reader;
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
 * others. A line longer than a request body may be ({@link Bodies#MAX_BYTES} characters) is such a line too: what is
 * beyond is skipped, not held, so that a file of one endless line is reported, not read into memory.
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
        ImportFile.requireReadable(file, "one lease spec (a JSON object) a line");
        List<LeaseUseCases.SpecLine> lines = new ArrayList<>();
        int n = 0;
        try (Lines in = new Lines(new Utf8Reader(Files.newInputStream(file)))) {
            while (true) {
                String text;
                try {
                    text = in.next();
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
                if (in.cut()) {
                    lines.add(new LeaseUseCases.SpecLine(n, null, "not a lease spec: the line is longer than "
                            + Bodies.MAX_BYTES + " characters, more than a spec may be"));
                    continue;
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
     * The lines of a text as {@link BufferedReader#readLine()} ends them ({@code \n}, {@code \r} or {@code \r\n}),
     * each held to {@link Bodies#MAX_BYTES} characters: of a longer one the rest is skipped and {@link #cut()} says so.
     */
    static final class Lines implements AutoCloseable {
        private final Reader in;
        private final char[] buf = new char[1 << 16];
        private final StringBuilder line = new StringBuilder(256);
        private int pos;
        private int len;
        private boolean cut;
        private boolean skipLf;
        private boolean eof;

        Lines(Reader in) {
            this.in = in;
        }

        /** The next line without its end, or null at the end of the text. */
        String next() throws IOException {
            line.setLength(0);
            cut = false;
            boolean any = false;
            while (true) {
                if (pos == len) {
                    len = eof ? -1 : in.read(buf, 0, buf.length);
                    pos = 0;
                    if (len <= 0) {
                        len = 0;
                        eof = true;
                        return any ? line.toString() : null;
                    }
                }
                char c = buf[pos++];
                if (skipLf) {
                    skipLf = false;
                    if (c == '\n') {
                        continue;
                    }
                }
                any = true;
                if (c == '\n' || c == '\r') {
                    skipLf = c == '\r';
                    return line.toString();
                }
                if (line.length() < Bodies.MAX_BYTES) {
                    line.append(c);
                } else {
                    cut = true;
                }
            }
        }

        /** Whether the line read last was longer than {@link Bodies#MAX_BYTES} characters (and cut). */
        boolean cut() {
            return cut;
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
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
