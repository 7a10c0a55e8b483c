package org.mallcrm.adapters.http.common;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.function.Function;

/**
 * The one Jackson configuration of the API and the CLI: snake_case names, ISO-8601 dates (never arrays),
 * unknown fields refused, and money written by the JSON records themselves as strings. Dates, times of day and
 * instants are read as {@link Dates} reads them, which is how the body's check ({@link Bodies}) read them first:
 * blanks around the text read past by {@link String#strip} as around an amount, where Jackson's own readers
 * trim only ASCII blanks (an ideographic space would pass the check and then fail the binding).
 */
public final class Json {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            // registered after JavaTimeModule, so that these readers are the ones used
            .registerModule(new SimpleModule("mallcrm-dates")
                    .addDeserializer(LocalDate.class, text(LocalDate.class, Dates::parseOrNull))
                    .addDeserializer(LocalTime.class, text(LocalTime.class, Dates::timeOrNull))
                    .addDeserializer(OffsetDateTime.class, text(OffsetDateTime.class, Dates::instantOrNull))
                    .addDeserializer(Instant.class, text(Instant.class, t -> {
                        OffsetDateTime at = Dates.instantOrNull(t);
                        return at == null ? null : at.toInstant();
                    })))
            .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS)
            .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .setSerializationInclusion(JsonInclude.Include.ALWAYS);

    private Json() {
    }

    public static ObjectMapper mapper() {
        return MAPPER;
    }

    /** A value read from a JSON string by {@code read} (null when the text is not one); any other token is refused. */
    private static <T> JsonDeserializer<T> text(Class<T> type, Function<String, T> read) {
        return new StdScalarDeserializer<T>(type) {
            @Override
            @SuppressWarnings("unchecked")
            public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
                if (!p.hasToken(JsonToken.VALUE_STRING)) {
                    return (T) ctxt.handleUnexpectedToken(type, p);
                }
                String text = p.getText();
                T value = read.apply(text);
                return value != null ? value
                        : (T) ctxt.handleWeirdStringValue(type, text, "not a " + type.getSimpleName() + " in range");
            }
        };
    }
}
