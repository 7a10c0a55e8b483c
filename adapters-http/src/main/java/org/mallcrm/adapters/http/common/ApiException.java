package org.mallcrm.adapters.http.common;

import java.util.List;

/**
 * An error the API answers with an RFC 9457 problem: a stable {@code type}, a title, the status, a detail, and for
 * bad input the fields at fault. Thrown by the edge (the body reader, the parameters, the route table) and by
 * {@link Problems#value} for a use case's outcome; {@link Problems} writes it.
 */
public class ApiException extends RuntimeException {

    private final int status;
    private final String type;
    private final String title;
    private final List<FieldError> errors;

    public ApiException(int status, String type, String title, String detail, List<FieldError> errors) {
        super(detail, null, false, false);
        this.status = status;
        this.type = type;
        this.title = title;
        this.errors = List.copyOf(errors);
    }

    /** One field at fault: its JSON path ({@code rent_free[0].from}) or parameter name, and why, in plain words. */
    public record FieldError(String field, String reason) {
    }

    public static ApiException badRequest(String detail, List<FieldError> errors) {
        return new ApiException(400, "bad-request", "Bad request", detail, errors.isEmpty()
                ? List.of(new FieldError("body", detail)) : errors);
    }

    /** 400 for the fields at fault; the detail lists them. */
    public static ApiException badRequest(List<FieldError> errors) {
        StringBuilder detail = new StringBuilder("the request has bad values: ");
        for (int i = 0; i < errors.size() && i < 5; i++) {
            detail.append(i == 0 ? "" : "; ").append(errors.get(i).field()).append(' ').append(errors.get(i).reason());
        }
        if (errors.size() > 5) {
            detail.append("; and ").append(errors.size() - 5).append(" more");
        }
        return badRequest(detail.toString(), errors);
    }

    public static ApiException badParameter(String field, String reason) {
        return badRequest("'" + field + "' " + reason, List.of(new FieldError(field, reason)));
    }

    public static ApiException unauthorized() {
        return new ApiException(401, "unauthorized", "Unauthorized",
                "send 'Authorization: Bearer <token>' with a live token", List.of());
    }

    public static ApiException forbidden(String detail) {
        return new ApiException(403, "forbidden", "Forbidden", detail, List.of());
    }

    public static ApiException notFound(String detail) {
        return new ApiException(404, "not-found", "Not found", detail, List.of());
    }

    /** A business rule refused the request (the contract's exit code 1); {@code type} is its stable code. */
    public static ApiException conflict(String type, String detail) {
        return new ApiException(409, type, "Refused by a business rule", detail, List.of());
    }

    public static ApiException tooLarge(String detail) {
        return new ApiException(413, "payload-too-large", "Payload too large", detail, List.of());
    }

    public static ApiException unsupportedMediaType(String detail) {
        return new ApiException(415, "unsupported-media-type", "Unsupported media type", detail, List.of());
    }

    public int status() {
        return status;
    }

    public String type() {
        return type;
    }

    public String title() {
        return title;
    }

    public List<FieldError> errors() {
        return errors;
    }
}
