package org.sovplan.common.problem;

import java.net.URI;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * An RFC 9457 problem document, the body of every error answer of every SovPlan service.
 * {@code errors} lists field-level findings for validation failures; it is absent otherwise.
 * Serialised by the mappers themselves rather than by the REST layer, hence registered for
 * reflection explicitly (native images).
 */
@RegisterForReflection
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
    @RegisterForReflection
    public record FieldError(String field, String message) {
    }
}
