package org.sovplan.common.problem;

import java.net.URI;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * An RFC 9457 problem document, the body of every error answer of every SovPlan service.
 * {@code errors} lists field-level findings for validation failures; it is absent otherwise.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(
        URI type,
        String title,
        int status,
        String detail,
        String instance,
        List<FieldError> errors) {

    /** The base of every problem {@code type} URI. */
    public static final String TYPE_BASE = "https://sovplan.org/problems/";

    /** The media type of problem documents. */
    public static final String MEDIA_TYPE = "application/problem+json";

    /** One finding about one field; {@code field} is a JSON path such as {@code rows[3].pue}. */
    public record FieldError(String field, String message) {
    }
}
