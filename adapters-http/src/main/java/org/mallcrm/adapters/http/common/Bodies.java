package org.mallcrm.adapters.http.common;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import io.helidon.webserver.http.ServerRequest;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Reads a request body as a JSON record; malformed JSON, a wrong type or an unknown field becomes a 400 problem
 * whose {@code errors} name the field ({@code body} when the JSON as a whole is bad).
 */
public final class Bodies {

    private Bodies() {
    }

    public static <T> T read(ServerRequest req, Class<T> type) {
        try (InputStream in = req.content().inputStream()) {
            T value = Json.mapper().readValue(in, type);
            if (value == null) {
                throw ApiException.badRequest("the body is empty",
                        List.of(new ApiException.FieldError("body", "send a JSON object")));
            }
            return value;
        } catch (JsonMappingException e) {
            throw ApiException.badRequest("the body does not fit this request",
                    List.of(new ApiException.FieldError(field(e), e.getOriginalMessage())));
        } catch (JsonProcessingException e) {
            throw ApiException.badRequest("the body is not valid JSON",
                    List.of(new ApiException.FieldError("body", e.getOriginalMessage())));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The JSON path of the problem: {@code parts[1].outline_wkt}, or {@code body}. */
    static String field(JsonMappingException e) {
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
