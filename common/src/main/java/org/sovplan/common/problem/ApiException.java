package org.sovplan.common.problem;

import java.util.List;

import org.sovplan.common.problem.Problem.FieldError;

/**
 * A failure the client caused or must know about, carrying what its problem document says.
 * Services throw it; {@link ProblemMappers} turns it into {@code application/problem+json}.
 */
public class ApiException extends RuntimeException {

    private final int status;
    private final String type;
    private final String title;
    private final transient List<FieldError> errors;

    public ApiException(int status, String type, String title, String detail, List<FieldError> errors) {
        super(detail);
        this.status = status;
        this.type = type;
        this.title = title;
        this.errors = errors == null ? List.of() : List.copyOf(errors);
    }

    public ApiException(int status, String type, String title, String detail) {
        this(status, type, title, detail, List.of());
    }

    public static ApiException badRequest(String detail, List<FieldError> errors) {
        return new ApiException(400, "validation", "Invalid request", detail, errors);
    }

    public static ApiException invalidField(String field, String message) {
        return badRequest(field + ": " + message, List.of(new FieldError(field, message)));
    }

    public static ApiException notFound(String what, Object id) {
        return new ApiException(404, "not-found", "Not found", what + " " + id + " does not exist");
    }

    public static ApiException conflict(String detail) {
        return new ApiException(409, "conflict", "Conflict", detail);
    }

    public static ApiException staleVersion(String what, Object id, long expected, long actual) {
        return new ApiException(409, "stale-version", "Stale version",
                what + " " + id + " is at version " + actual + ", the request was based on version " + expected
                        + "; read it again and re-apply the change");
    }

    public static ApiException unprocessable(String detail, List<FieldError> errors) {
        return new ApiException(422, "unprocessable", "Semantically invalid", detail, errors);
    }

    public static ApiException unprocessable(String field, String message) {
        return unprocessable(field + ": " + message, List.of(new FieldError(field, message)));
    }

    public static ApiException forbidden(String detail) {
        return new ApiException(403, "forbidden", "Forbidden", detail);
    }

    public static ApiException unavailable(String detail) {
        return new ApiException(503, "dependency-unavailable", "Service unavailable", detail);
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
