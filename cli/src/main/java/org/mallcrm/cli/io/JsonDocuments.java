package org.mallcrm.cli.io;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.type.LogicalType;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.stream.Collectors;
import org.mallcrm.adapters.http.common.Json;
import org.mallcrm.cli.CliException;
import org.mallcrm.cli.ExitCodes;

/**
 * JSON documents given to the command line (lease specs, amendments, parts, behaviour types, JSON Lines of leases),
 * read strictly: a value the contract writes as a string (money, dates, numbers of things) must be a JSON string, not
 * a number ({@code "180.00"}, never {@code 180.0}, so no amount is ever a binary fraction); a whole number must be
 * whole ({@code 30.9} is refused, not cut to 30). Problems are said in the contract's field names, never in Java's.
 */
public final class JsonDocuments {

    private static final ObjectMapper STRICT = strict(Json.mapper().copy());

    private JsonDocuments() {
    }

    private static ObjectMapper strict(ObjectMapper m) {
        m.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
        m.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        m.coercionConfigFor(LogicalType.Textual)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        return m;
    }

    /** The strict mapper, for one document at a time (a line of JSON Lines). */
    public static ObjectMapper mapper() {
        return STRICT;
    }

    /** Reads a file holding one JSON document of the type: 66 when it cannot be read, 65 when it is not such JSON. */
    public static <T> T read(Path file, Class<T> type, String what) {
        return read(file, what, text -> STRICT.readValue(text, type));
    }

    public static <T> T read(Path file, TypeReference<T> type, String what) {
        return read(file, what, text -> STRICT.readValue(text, type));
    }

    private interface Parse<T> {
        T parse(String text) throws JsonProcessingException;
    }

    private static <T> T read(Path file, String what, Parse<T> parse) {
        String text = text(file);
        T value;
        try {
            value = parse.parse(text);
        } catch (JsonProcessingException e) {
            throw new CliException(ExitCodes.DATA_ERROR, file + " is not " + what + ": " + describe(e));
        }
        if (value == null) {
            throw new CliException(ExitCodes.DATA_ERROR, file + " is not " + what + ": it holds null");
        }
        return value;
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

    /** What is wrong, in the document's own terms: the field (as a path) and the reason, or where the syntax breaks. */
    public static String describe(JsonProcessingException e) {
        return describe(e, true);
    }

    /** @param lines whether the document has lines of its own (a file), or is one line of JSON Lines */
    public static String describe(JsonProcessingException e, boolean lines) {
        if (e instanceof JsonParseException || !(e instanceof JsonMappingException m)) {
            String where = e.getLocation() == null ? ""
                    : lines ? " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr()
                    : " at column " + e.getLocation().getColumnNr();
            return "not valid JSON" + where;
        }
        String field = m.getPath().stream()
                .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
        String at = field.isEmpty() ? "" : field + ": ";
        if (e instanceof UnrecognizedPropertyException u) {
            return "unknown field '" + u.getPropertyName() + "'" + (field.contains(".") || field.contains("[")
                    ? " in " + field.substring(0, Math.max(field.lastIndexOf('.'), 0)) : "");
        }
        if (e instanceof InvalidFormatException f) {
            if (f.getValue() instanceof Number n && f.getTargetType() == String.class) {
                return at + n + " is a JSON number; amounts, dates and codes are strings in quotes, e.g. \"180.00\"";
            }
            return at + (f.getValue() instanceof String v ? "'" + v + "'" : String.valueOf(f.getValue()))
                    + " is not " + kind(f.getTargetType());
        }
        if (e instanceof MismatchedInputException mi) {
            return at + "expected " + kind(mi.getTargetType()) + found(e);
        }
        return at + "not valid here";
    }

    private static String found(JsonProcessingException e) {
        Object token = e.getProcessor() instanceof com.fasterxml.jackson.core.JsonParser p ? p.currentToken() : null;
        if (token == null) {
            return "";
        }
        return switch ((com.fasterxml.jackson.core.JsonToken) token) {
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> ", found a number";
            case VALUE_STRING -> ", found a string";
            case VALUE_TRUE, VALUE_FALSE -> ", found true/false";
            case START_ARRAY -> ", found a list";
            case START_OBJECT -> ", found an object";
            case VALUE_NULL -> ", found null";
            default -> "";
        };
    }

    private static String kind(Class<?> type) {
        if (type == null) {
            return "a value of another kind";
        }
        if (type == String.class) {
            return "a string (amounts, dates and codes are written in quotes, e.g. \"180.00\")";
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
            return "a whole number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (java.util.Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "a list";
        }
        if (type.isEnum()) {
            return "one of " + java.util.Arrays.toString(type.getEnumConstants());
        }
        return "an object";
    }
}
