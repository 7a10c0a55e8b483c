package org.mallcrm.adapters.http.common;

import java.util.List;

/**
 * An error the API answers with an RFC 9457 problem: a stable {@code type}, a title, the status, a detail,
 * and for bad input the fields at fault.
 */
public class ApiException extends RuntimeException {

    private final int status;
    private final String type;
    private final String title;
    private final List<FieldError> errors;

    public ApiException(int status, String type, String title, String detail, List<FieldError> errors) {
        super(detail);
        this.status = status;
        this.type = type;
        this.title = title;
        this.errors = List.copyOf(errors);
    }

    public record FieldError(String field, String reason) {
    }

    public static ApiException badRequest(String detail, List<FieldError> errors) {
        return new ApiException(400, "bad-request", "Bad request", detail, errors);
    }

    public static ApiException badParameter(String field, String reason) {
        return badRequest("parameter '" + field + "' is not valid", List.of(new FieldError(field, reason)));
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

    /** A business rule refused the request (the contract's exit code 1). */
    public static ApiException conflict(String type, String detail) {
        return new ApiException(409, type, "Refused by a business rule", detail, List.of());
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
