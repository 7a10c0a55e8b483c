package org.mallcrm.adapters.http.common;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.helidon.http.HeaderNames;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.mallcrm.adapters.http.common.ApiException.FieldError;

/**
 * The one body reader of the API. Every route that takes a JSON body reads it here, and gets for free:
 * <ul>
 * <li>{@code Content-Type: application/json} (or {@code application/*+json}) for any non-empty body, else 415;</li>
 * <li>at most {@link #MAX_BYTES} bytes, else 413;</li>
 * <li>well-formed JSON, one value, no duplicate keys; {@code null} as the whole body is refused;</li>
 * <li>the shape of the record it becomes: no unknown fields; a string where the record has text (money and areas are
 * strings like {@code "100.50"}), a whole number where it has a number, {@code true}/{@code false} where it has a
 * flag, an ISO date {@code YYYY-MM-DD} (1900–2199) where it has a date (a date, a time or an instant read by
 * {@link Dates}: blanks around it read past, as around an amount), a list where it has a list; {@code null} wherever
 * a field may be left out; text at most {@link #MAX_TEXT} characters (a few long fields more);</li>
 * <li>every problem found at once, as a 400 whose {@code errors} name each field by its JSON path
 * ({@code rent_free[0].from}) with the reason in plain words, never a parser's message.</li>
 * </ul>
 * The bytes are read once and kept on the request, so the idempotency filter and the route see the same body.
 */
public final class Bodies {

    /** The largest body the API reads: 1 MiB. */
    public static final int MAX_BYTES = 1 << 20;
    /** The longest text in a field, unless {@link #LONG_TEXT} says otherwise. */
    public static final int MAX_TEXT = 2000;
    /** Fields that may hold longer text: an outline in WKT. */
    public static final Map<String, Integer> LONG_TEXT = Map.of("outline_wkt", 200_000);

    private static final String BYTES = Bodies.class.getName() + ".bytes";
    private static final PropertyNamingStrategies.NamingBase SNAKE =
            (PropertyNamingStrategies.NamingBase) PropertyNamingStrategies.SNAKE_CASE;
    private static final Map<Class<?>, Map<String, RecordComponent>> COMPONENTS = new ConcurrentHashMap<>();
    /** Reads trees only: one value, no duplicate keys, bounded nesting. */
    private static final ObjectReader TREE = new ObjectMapper(JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(64).maxStringLength(MAX_BYTES)
                    .build())
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build())
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .reader();

    private Bodies() {
    }

    /** The body as a {@code type} record; an empty body is a 400 ({@code body}: is required). */
    public static <T> T read(ServerRequest req, Class<T> type) {
        T plain = readPlainText(req, type, false);
        return plain != null ? plain : read(req, Json.mapper().constructType(type), false);
    }

    /**
     * The body as a {@code type} record whose fields the route then reads through {@code fields}: a top-level field
     * of the wrong JSON type (a number where a string goes) is kept in {@code fields} with its reason and bound as
     * left out (null), so that the route's own reads of the other fields go on and one 400 names every bad field.
     * Any other problem of the body (not JSON, not an object, a problem inside a nested value) is a 400 at once, as
     * {@link #read(ServerRequest, Class)} gives it.
     */
    public static <T> T read(ServerRequest req, Class<T> type, FieldReads fields) {
        T plain = readPlainText(req, type, false);
        if (plain != null) {
            return plain;
        }
        JavaType t = Json.mapper().constructType(type);
        byte[] body = bytes(req);
        if (isBlank(body)) {
            return read(req, t, false);
        }
        checkContentType(req);
        JsonNode tree = parse(body);
        if (!tree.isObject()) {
            return bind(tree, t);
        }
        List<FieldError> errors = new ArrayList<>();
        check(tree, t, "", errors);
        Map<String, RecordComponent> known = type.isRecord() ? components(type) : Map.of();
        boolean topLevelOnly = !errors.isEmpty() && errors.stream().allMatch(e -> known.containsKey(e.field()));
        if (!topLevelOnly) {
            return bind(tree, t);
        }
        com.fasterxml.jackson.databind.node.ObjectNode rest = ((com.fasterxml.jackson.databind.node.ObjectNode) tree)
                .deepCopy();
        errors.forEach(e -> rest.remove(e.field()));
        fields.add(errors);
        return bind(rest, t);
    }

    /** The body as a {@code type} record; an empty body reads as {@code {}} (every field left out). */
    public static <T> T readOrEmpty(ServerRequest req, Class<T> type) {
        T plain = readPlainText(req, type, true);
        return plain != null ? plain : read(req, Json.mapper().constructType(type), true);
    }

    /** The streaming parser of {@link #readPlainText}, its buffers shared across the (virtual) request threads. */
    private static final JsonFactory FLAT = JsonFactory.builder()
            .recyclerPool(com.fasterxml.jackson.core.util.JsonRecyclerPools.sharedConcurrentDequePool()).build();
    /** Records of text fields only (their canonical constructor), or absent for any other type. */
    private static final Map<Class<?>, java.util.Optional<java.lang.reflect.Constructor<?>>> TEXT_RECORDS =
            new ConcurrentHashMap<>();

    /**
     * The plain case of a record of text fields only (a redemption, an empty claim), read straight from the bytes
     * with the streaming parser: about ten times cheaper than the tree, the shape check and the binding, on routes
     * posted to thousands of times a second. Plain means: a JSON object of the record's fields, each a string within
     * its length or null, none twice (or, where it may be, an empty body). The record is then exactly what the full
     * way binds. Anything else answers null, and the full way reads the body again and gives its problem, so that
     * every bad body is told as before.
     */
    @SuppressWarnings("unchecked")
    private static <T> T readPlainText(ServerRequest req, Class<T> type, boolean emptyIsObject) {
        java.lang.reflect.Constructor<?> make = TEXT_RECORDS.computeIfAbsent(type, Bodies::textRecord).orElse(null);
        if (make == null) {
            return null;
        }
        Map<String, RecordComponent> fields = components(type);
        byte[] body = bytes(req);
        Object[] values = new Object[fields.size()];
        if (isBlank(body)) {
            if (!emptyIsObject) {
                return null;
            }
        } else {
            checkContentType(req);
            if (!readFlat(body, fields, values)) {
                return null;
            }
        }
        try {
            return (T) make.newInstance(values);
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        }
    }

    /** Reads a flat object of string (or null) fields into {@code values}; false when it is anything else. */
    private static boolean readFlat(byte[] body, Map<String, RecordComponent> fields, Object[] values) {
        boolean[] seen = new boolean[values.length];
        try (com.fasterxml.jackson.core.JsonParser p = FLAT.createParser(body)) {
            if (p.nextToken() != com.fasterxml.jackson.core.JsonToken.START_OBJECT) {
                return false;
            }
            com.fasterxml.jackson.core.JsonToken t;
            while ((t = p.nextToken()) == com.fasterxml.jackson.core.JsonToken.FIELD_NAME) {
                String name = p.currentName();
                int i = indexOf(fields, name);
                if (i < 0 || seen[i] || LONG_TEXT.containsKey(name)) {
                    return false;
                }
                seen[i] = true;
                com.fasterxml.jackson.core.JsonToken v = p.nextToken();
                if (v == com.fasterxml.jackson.core.JsonToken.VALUE_STRING) {
                    if (p.getTextLength() > MAX_TEXT) {
                        return false;
                    }
                    values[i] = p.getText();
                } else if (v != com.fasterxml.jackson.core.JsonToken.VALUE_NULL) {
                    return false;
                }
            }
            return t == com.fasterxml.jackson.core.JsonToken.END_OBJECT && p.nextToken() == null;
        } catch (IOException e) {
            return false;
        }
    }

    private static int indexOf(Map<String, RecordComponent> fields, String name) {
        int i = 0;
        for (String f : fields.keySet()) {
            if (f.equals(name)) {
                return i;
            }
            i++;
        }
        return -1;
    }

    /**
     * The canonical constructor of a record whose fields are all text and which Jackson binds by its defaults (no
     * annotation on the record, its constructors or its fields but {@code @JsonProperty}); else empty.
     */
    private static java.util.Optional<java.lang.reflect.Constructor<?>> textRecord(Class<?> type) {
        if (!type.isRecord() || type.getAnnotations().length > 0) {
            return java.util.Optional.empty();
        }
        RecordComponent[] components = type.getRecordComponents();
        Class<?>[] types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            RecordComponent c = components[i];
            if (c.getType() != String.class || !onlyJsonProperty(c.getAnnotations())
                    || !onlyJsonProperty(c.getAccessor().getAnnotations())) {
                return java.util.Optional.empty();
            }
            types[i] = String.class;
        }
        for (java.lang.reflect.Constructor<?> k : type.getDeclaredConstructors()) {
            if (k.getAnnotations().length > 0) {
                return java.util.Optional.empty();
            }
        }
        try {
            java.lang.reflect.Constructor<?> make = type.getDeclaredConstructor(types);
            make.setAccessible(true);
            return java.util.Optional.of(make);
        } catch (NoSuchMethodException | RuntimeException e) {
            return java.util.Optional.empty();
        }
    }

    private static boolean onlyJsonProperty(java.lang.annotation.Annotation[] annotations) {
        for (java.lang.annotation.Annotation a : annotations) {
            if (a.annotationType() != com.fasterxml.jackson.annotation.JsonProperty.class) {
                return false;
            }
        }
        return true;
    }

    /** The body as a JSON array of {@code element} records. */
    public static <T> List<T> readList(ServerRequest req, Class<T> element) {
        return read(req, Json.mapper().getTypeFactory().constructCollectionType(List.class, element), false);
    }

    /** A body of text fields only ({@code {"note": "…"}}); an empty body is no fields. */
    public static Map<String, String> readTextFields(ServerRequest req) {
        return read(req, Json.mapper().getTypeFactory().constructMapType(LinkedHashMap.class, String.class,
                String.class), true);
    }

    /** The raw body of a JSON request: {@link #bytes}, with the content type checked when there is a body. */
    public static byte[] bytesOfJson(ServerRequest req) {
        byte[] body = bytes(req);
        if (!isBlank(body)) {
            checkContentType(req);
        }
        return body;
    }

    /** The raw body, read once (at most {@link #MAX_BYTES}) and kept on the request; empty when there is none. */
    public static byte[] bytes(ServerRequest req) {
        var kept = req.context().get(BYTES, byte[].class);
        if (kept.isPresent()) {
            return kept.get();
        }
        byte[] body = readLimited(req);
        req.context().register(BYTES, body);
        return body;
    }

    /**
     * Answers 413 to a request whose declared body is larger than the API reads, before anything else is done with it
     * (the server itself takes larger bodies, for the web pages' uploads).
     */
    public static void refuseDeclaredOverLimit(ServerRequest req, ServerResponse res) {
        if (declaredLength(req) > MAX_BYTES) {
            // answered here, not thrown (an error handler would first try to read the body it refuses), and the
            // connection closed: what the client still sends is not read as another request
            Problems.send(res, tooLarge());
            throw new io.helidon.webserver.CloseConnectionException("a declared body over the API's limit");
        }
    }

    /**
     * The body's declared length, -1 when none is declared or it is not a number: read from the header's text, where
     * Helidon's {@code contentLength()} maps it through its global mapper registry (a lookup of the registry on every
     * call, twice per posted scan). Helidon itself reads the body by the header it checked.
     */
    static long declaredLength(ServerRequest req) {
        Optional<String> value = req.headers().first(HeaderNames.CONTENT_LENGTH);
        if (value.isEmpty()) {
            return -1;
        }
        try {
            return Long.parseLong(value.get().strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static byte[] readLimited(ServerRequest req) {
        long declared = declaredLength(req);
        if (declared > MAX_BYTES) {
            throw tooLarge();
        }
        if (!req.content().hasEntity()) {
            return new byte[0];
        }
        try (InputStream in = req.content().inputStream()) {
            // a declared length is read into an array of that length (a scan's 80 bytes are not read through a buffer
            // of 16 KiB); a body without one (chunked) up to one byte over the limit
            byte[] body = in.readNBytes(declared >= 0 ? (int) declared : MAX_BYTES + 1);
            if (body.length > MAX_BYTES) {
                throw tooLarge();
            }
            return body;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ApiException tooLarge() {
        return ApiException.tooLarge("the body is larger than " + MAX_BYTES / 1024 + " KiB, the most this API reads");
    }

    private static <T> T read(ServerRequest req, JavaType type, boolean emptyIsObject) {
        byte[] body = bytes(req);
        JsonNode tree;
        if (isBlank(body)) {
            if (!emptyIsObject) {
                throw ApiException.badParameter("body", "is required: send a JSON " + (type.isCollectionLikeType()
                        ? "array" : "object"));
            }
            tree = JsonNodeFactory.instance.objectNode();
        } else {
            checkContentType(req);
            tree = parse(body);
        }
        return bind(tree, type);
    }

    /**
     * A JSON document (a file the CLI reads) parsed, checked and bound as a body is: an {@link ApiException} (400)
     * names every field at fault.
     */
    public static <T> T readDocument(byte[] json, Class<T> type) {
        return readDocument(json, Json.mapper().constructType(type));
    }

    /** {@link #readDocument(byte[], Class)} for a generic type (a JSON array of records). */
    public static <T> T readDocument(byte[] json, JavaType type) {
        if (isBlank(json)) {
            throw ApiException.badParameter("body", "is empty: a JSON document is needed");
        }
        return bind(parse(json), type);
    }

    /** A JSON value checked against {@code type} and bound to it, or a 400 naming every field at fault. */
    public static <T> T bind(JsonNode tree, JavaType type) {
        if (tree == null || tree.isNull() || tree.isMissingNode()) {
            throw ApiException.badParameter("body", "must be a JSON " + (type.isCollectionLikeType()
                    || type.isArrayType() ? "array" : "object") + ", not null");
        }
        List<FieldError> errors = new ArrayList<>();
        check(tree, type, "", errors);
        if (!errors.isEmpty()) {
            throw ApiException.badRequest(errors);
        }
        try {
            return Json.mapper().readerFor(type).readValue(tree);
        } catch (JsonMappingException e) {
            Throwable cause = e.getCause();
            String reason = cause instanceof IllegalArgumentException && cause.getMessage() != null
                    && !Problems.looksInternal(cause.getMessage()) ? cause.getMessage() : "has a value this request does not take";
            throw ApiException.badRequest(List.of(new FieldError(path(e), reason)));
        } catch (IOException e) {
            throw ApiException.badRequest(List.of(new FieldError("body", "does not fit this request")));
        }
    }

    private static void checkContentType(ServerRequest req) {
        var type = req.headers().contentType();
        if (type.isEmpty()) {
            throw ApiException.unsupportedMediaType("send the body with 'Content-Type: application/json'");
        }
        String t = type.get().mediaType().type().toLowerCase(Locale.ROOT);
        String sub = type.get().mediaType().subtype().toLowerCase(Locale.ROOT);
        if (!t.equals("application") || !(sub.equals("json") || sub.endsWith("+json"))) {
            throw ApiException.unsupportedMediaType("the body must be application/json, not "
                    + Problems.quote(t + "/" + sub));
        }
    }

    private static JsonNode parse(byte[] body) {
        try {
            return TREE.readTree(body);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String where = at == null ? "" : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")";
            String reason = e.getOriginalMessage() != null && e.getOriginalMessage().startsWith("Duplicate field")
                    ? "has a field twice" + where : "is not valid JSON" + where;
            throw ApiException.badRequest(List.of(new FieldError("body", reason)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean isBlank(byte[] body) {
        for (byte b : body) {
            if (b != ' ' && b != '\n' && b != '\r' && b != '\t') {
                return false;
            }
        }
        return true;
    }

    // ---- the shape check -------------------------------------------------------------------------------------

    private static String at(String path, String name) {
        return path.isEmpty() ? name : path + "." + name;
    }

    private static String name(String path) {
        return path.isEmpty() ? "body" : path;
    }

    private static void check(JsonNode node, JavaType type, String path, List<FieldError> errors) {
        Class<?> raw = type.getRawClass();
        if (node.isNull()) {
            if (raw.isPrimitive()) {
                errors.add(new FieldError(name(path), "is required"));
            }
            return;
        }
        if (raw == Object.class || JsonNode.class.isAssignableFrom(raw)) {
            return;
        }
        if (raw == String.class) {
            checkText(node, path, errors);
        } else if (raw == Integer.class || raw == int.class || raw == Long.class || raw == long.class
                || raw == Short.class || raw == short.class) {
            boolean isLong = raw == Long.class || raw == long.class;
            boolean isShort = raw == Short.class || raw == short.class;
            boolean fits = isLong ? node.canConvertToLong() : node.canConvertToInt()
                    && (!isShort || node.asInt() >= Short.MIN_VALUE && node.asInt() <= Short.MAX_VALUE);
            if (!node.isIntegralNumber() || !fits) {
                long min = isLong ? Long.MIN_VALUE : isShort ? Short.MIN_VALUE : Integer.MIN_VALUE;
                long max = isLong ? Long.MAX_VALUE : isShort ? Short.MAX_VALUE : Integer.MAX_VALUE;
                errors.add(new FieldError(name(path), "must be a whole number between " + min + " and " + max));
            }
        } else if (raw == Boolean.class || raw == boolean.class) {
            if (!node.isBoolean()) {
                errors.add(new FieldError(name(path), "must be true or false"));
            }
        } else if (raw == LocalDate.class) {
            if (!node.isTextual() || Dates.parseOrNull(node.textValue()) == null) {
                errors.add(new FieldError(name(path), temporalReason(Dates.REASON, node)));
            }
        } else if (raw == LocalTime.class) {
            if (!node.isTextual() || Dates.timeOrNull(node.textValue()) == null) {
                errors.add(new FieldError(name(path), temporalReason(Dates.TIME_REASON, node)));
            }
        } else if (raw == Instant.class || raw == OffsetDateTime.class) {
            if (!node.isTextual() || Dates.instantOrNull(node.textValue()) == null) {
                errors.add(new FieldError(name(path), temporalReason(Dates.INSTANT_REASON, node)));
            }
        } else if (raw.isEnum()) {
            if (!node.isTextual() || Arrays.stream(raw.getEnumConstants())
                    .noneMatch(c -> ((Enum<?>) c).name().equals(node.textValue()))) {
                errors.add(new FieldError(name(path), "must be one of " + Arrays.toString(raw.getEnumConstants())));
            }
        } else if (type.isCollectionLikeType() || type.isArrayType()) {
            if (!node.isArray()) {
                errors.add(new FieldError(name(path), "must be a list"));
                return;
            }
            for (int i = 0; i < node.size(); i++) {
                JsonNode item = node.get(i);
                String p = name(path) + "[" + i + "]";
                if (item.isNull()) {
                    errors.add(new FieldError(p, "must not be null"));
                } else {
                    check(item, type.getContentType(), p, errors);
                }
            }
        } else if (type.isMapLikeType()) {
            if (!node.isObject()) {
                errors.add(new FieldError(name(path), "must be an object"));
                return;
            }
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                check(e.getValue(), type.getContentType(), at(path, e.getKey()), errors);
            }
        } else if (raw.isRecord()) {
            if (!node.isObject()) {
                errors.add(new FieldError(name(path), "must be an object"));
                return;
            }
            Map<String, RecordComponent> fields = components(raw);
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                RecordComponent c = fields.get(e.getKey());
                if (c == null) {
                    errors.add(new FieldError(at(path, Problems.truncate(e.getKey(), 100)),
                            "is not a field of this request; the fields are " + String.join(", ", fields.keySet())));
                    continue;
                }
                check(e.getValue(), Json.mapper().getTypeFactory().constructType(c.getGenericType()),
                        at(path, e.getKey()), errors);
            }
        }
    }

    /** A date's, time's or instant's reason, with the text as sent when it was text (a number or a list is not). */
    private static String temporalReason(String reason, JsonNode node) {
        return node.isTextual() ? Dates.refused(reason, node.textValue()) : reason;
    }

    private static void checkText(JsonNode node, String path, List<FieldError> errors) {
        if (!node.isTextual()) {
            errors.add(new FieldError(name(path), node.isNumber() && moneyLike(path)
                    ? "must be a string (amounts, areas and rates are strings like \"100.50\")"
                    : "must be a string"));
            return;
        }
        String leaf = path.substring(path.lastIndexOf('.') + 1);
        int max = LONG_TEXT.getOrDefault(leaf, MAX_TEXT);
        if (node.textValue().length() > max) {
            errors.add(new FieldError(name(path), "is longer than " + max + " characters"));
        }
    }

    /** Fields that hold an amount, an area or a rate as a decimal string (whose number is worth the hint). */
    private static final java.util.Set<String> MONEY_FIELDS = java.util.Set.of("amount", "total", "damages",
            "monetary", "threshold", "cap", "percent", "percent_off", "rate", "ratios", "base_rent", "contract_value",
            "security_deposit", "monthly_rent", "leasable_area_m2", "rent_per_m2_month", "rent_per_m2_day",
            "management_fee_per_m2_month", "step_per_m2", "rate_per_head", "monthly_cap");

    /** Whether the field at {@code path} holds money, an area or a rate: by name, or by a name's usual ending. */
    static boolean moneyLike(String path) {
        String leaf = path.substring(path.lastIndexOf('.') + 1).replaceAll("\\[\\d+]$", "");
        return MONEY_FIELDS.contains(leaf) || leaf.endsWith("_amount") || leaf.endsWith("_m2")
                || leaf.endsWith("_pct") || leaf.endsWith("_rent") || leaf.endsWith("_deposit")
                || leaf.endsWith("_fee") || leaf.endsWith("_rate");
    }

    /** The JSON names of a record's fields, as the API's mapper writes them. */
    public static Map<String, RecordComponent> components(Class<?> record) {
        return COMPONENTS.computeIfAbsent(record, r -> {
            Map<String, RecordComponent> m = new LinkedHashMap<>();
            for (RecordComponent c : r.getRecordComponents()) {
                com.fasterxml.jackson.annotation.JsonProperty named =
                        c.getAccessor().getAnnotation(com.fasterxml.jackson.annotation.JsonProperty.class);
                if (named == null) {
                    named = c.getAnnotation(com.fasterxml.jackson.annotation.JsonProperty.class);
                }
                m.put(named != null && !named.value().isEmpty() ? named.value() : SNAKE.translate(c.getName()), c);
            }
            return m;
        });
    }

    /** The JSON path of a binding problem: {@code parts[1].outline_wkt}, or {@code body}. */
    static String path(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference r : e.getPath()) {
            if (r.getFieldName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(r.getFieldName());
            } else if (r.getIndex() >= 0) {
                path.append('[').append(r.getIndex()).append(']');
            }
        }
        return path.isEmpty() ? "body" : path.toString();
    }
}
