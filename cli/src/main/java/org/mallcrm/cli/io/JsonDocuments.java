package org.mallcrm.cli.io;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JavaType;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.stream.Collectors;
import org.mallcrm.adapters.http.common.ApiException;
import org.mallcrm.adapters.http.common.Bodies;
import org.mallcrm.adapters.http.common.Json;
import org.mallcrm.cli.CliException;
import org.mallcrm.cli.ExitCodes;

/**
 * JSON documents given to the command line (lease specs, amendments, parts, behaviour types, JSON Lines of leases),
 * read by the API's one body reader ({@link Bodies}), so a file is held to what a request body is: the contract's
 * types (money a string like {@code "180.00"}, never a JSON number; a whole number whole), no unknown fields, no
 * {@code null} document, and every problem named by its field in plain words. A file that is not UTF-8 is bad data
 * (65), one that cannot be read 66.
 */
public final class JsonDocuments {

    private JsonDocuments() {
    }

    /** Reads a file holding one JSON document of the type: 66 when it cannot be read, 65 when it is not such JSON. */
    public static <T> T read(Path file, Class<T> type, String what) {
        return read(file, Json.mapper().constructType(type), what);
    }

    public static <T> T read(Path file, TypeReference<T> type, String what) {
        return read(file, Json.mapper().getTypeFactory().constructType(type), what);
    }

    private static <T> T read(Path file, JavaType type, String what) {
        byte[] bytes = text(file).getBytes(StandardCharsets.UTF_8);
        try {
            return Bodies.readDocument(bytes, type);
        } catch (ApiException e) {
            throw new CliException(ExitCodes.DATA_ERROR, file + " is not " + what + ":\n" + e.errors().stream()
                    .map(f -> "  " + (f.field().equals("body") ? "" : f.field() + ": ") + f.reason())
                    .collect(Collectors.joining("\n")));
        }
    }

    /**
     * One line of JSON Lines as the type.
     *
     * @throws IllegalArgumentException naming every field at fault, in one sentence
     */
    public static <T> T readLine(String line, Class<T> type) {
        try {
            return Bodies.readDocument(line.getBytes(StandardCharsets.UTF_8), type);
        } catch (ApiException e) {
            // the line is the file's line: a position inside it is a column
            throw new IllegalArgumentException(e.errors().stream()
                    .map(f -> (f.field().equals("body") ? "" : f.field() + ": ") + f.reason()
                            .replace("(line 1, column ", "(column "))
                    .collect(Collectors.joining("; ")));
        }
    }

    /** A file's text, strictly UTF-8 (a BOM is dropped): 66 when it is missing, 65 when it is not UTF-8. */
    public static String text(Path file) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new CliException(ExitCodes.NO_INPUT, "no such file: " + file);
        } catch (IOException e) {
            throw new CliException(ExitCodes.NO_INPUT, "cannot read " + file + ": " + e.getMessage());
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(java.nio.ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new CliException(ExitCodes.DATA_ERROR, file + " is not valid UTF-8 (save it as UTF-8)");
        }
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }
}
