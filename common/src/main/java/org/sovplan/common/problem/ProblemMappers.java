package org.sovplan.common.problem;

import java.net.URI;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;

import org.hibernate.StaleStateException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.sovplan.common.problem.Problem.FieldError;

import io.quarkus.hibernate.validator.runtime.jaxrs.ResteasyReactiveViolationException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;

/**
 * The single error contract of every service: each failure a client can cause becomes an
 * RFC 9457 {@code application/problem+json} answer without a stack trace or class name.
 * Anything unexpected is logged with an id and answered 500 with only that id.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    private final ObjectMapper json;

    public ProblemMappers(ObjectMapper json) {
        this.json = json;
    }

    @ServerExceptionMapper
    public Response api(ApiException e, UriInfo uri) {
        return problem(e.status(), e.type(), e.title(), e.getMessage(), uri, e.errors());
    }

    @ServerExceptionMapper
    public Response violation(ResteasyReactiveViolationException e, UriInfo uri) {
        return constraintViolation(e, uri);
    }

    @ServerExceptionMapper
    public Response constraintViolation(ConstraintViolationException e, UriInfo uri) {
        List<FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new FieldError(fieldOf(v), v.getMessage()))
                .sorted(Comparator.comparing(FieldError::field).thenComparing(FieldError::message))
                .toList();
        return problem(400, "validation", "Invalid request", describe(errors), uri, errors);
    }

    @ServerExceptionMapper
    public Response json(JsonProcessingException e, UriInfo uri) {
        return jsonProblem(e, uri);
    }

    // Registered for the subtypes too, so that they win over the framework's own mappers.
    @ServerExceptionMapper
    public Response jsonParse(JsonParseException e, UriInfo uri) {
        return jsonProblem(e, uri);
    }

    @ServerExceptionMapper
    public Response jsonMismatch(MismatchedInputException e, UriInfo uri) {
        return jsonProblem(e, uri);
    }

    @ServerExceptionMapper
    public Response jsonMapping(JsonMappingException e, UriInfo uri) {
        return jsonProblem(e, uri);
    }

    private Response jsonProblem(JsonProcessingException e, UriInfo uri) {
        if (e instanceof UnrecognizedPropertyException unknown) {
            String field = pathOf(unknown);
            return invalid(field, "unknown field", "unknown field '" + unknown.getPropertyName()
                    + "' (request bodies accept only documented fields)", uri);
        }
        if (e instanceof InvalidFormatException format) {
            return invalid(pathOf(format), "cannot read '" + format.getValue() + "' as "
                    + describeType(format.getTargetType()), null, uri);
        }
        if (e instanceof ValueInstantiationException instantiation) {
            String cause = instantiation.getCause() != null && instantiation.getCause().getMessage() != null
                    ? instantiation.getCause().getMessage() : "invalid value";
            return invalid(pathOf(instantiation), cause, null, uri);
        }
        if (e instanceof MismatchedInputException mismatch) {
            String field = pathOf(mismatch);
            String message = "expected " + describeType(mismatch.getTargetType());
            return field.isEmpty()
                    ? problem(400, "validation", "Invalid request", "body: " + message, uri, List.of())
                    : invalid(field, message, null, uri);
        }
        if (e instanceof JsonMappingException mapping && !(e.getCause() instanceof JsonParseException)
                && !pathOf(mapping).isEmpty()) {
            return invalid(pathOf(mapping), "invalid value", null, uri);
        }
        var location = e.getLocation();
        String where = location == null ? "" : " at line " + location.getLineNr() + ", column " + location.getColumnNr();
        return problem(400, "malformed-body", "Malformed request body", "the body is not valid JSON" + where, uri,
                List.of());
    }

    private Response invalid(String field, String message, String detail, UriInfo uri) {
        return problem(400, "validation", "Invalid request", detail != null ? detail : field + ": " + message, uri,
                List.of(new FieldError(field, message)));
    }

    @ServerExceptionMapper
    public Response staleState(StaleStateException e, UriInfo uri) {
        return stale(uri);
    }

    @ServerExceptionMapper
    public Response optimisticLock(OptimisticLockException e, UriInfo uri) {
        return stale(uri);
    }

    @ServerExceptionMapper
    public Response unauthenticated(AuthenticationFailedException e, UriInfo uri) {
        return unauthorized(uri);
    }

    @ServerExceptionMapper
    public Response unauthorized(UnauthorizedException e, UriInfo uri) {
        return unauthorized(uri);
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return problem(403, "forbidden", "Forbidden", "your roles do not allow this operation", uri, List.of());
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, UriInfo uri) {
        int status = e.getResponse().getStatus();
        if (e.getCause() instanceof JsonProcessingException json) {
            return jsonProblem(json, uri);
        }
        if (e instanceof NotFoundException && e.getCause() != null) {
            // JAX-RS answers 404 when a query parameter cannot be converted; that is a bad request.
            return problem(400, "validation", "Invalid request", "a query or path parameter has an invalid value",
                    uri, List.of());
        }
        Response.StatusType reason = Response.Status.fromStatusCode(status);
        String title = reason == null ? "HTTP " + status : reason.getReasonPhrase();
        String detail = switch (status) {
            case 404 -> "no resource at " + uri.getPath();
            case 405 -> "this method is not allowed on " + uri.getPath();
            case 406 -> "the requested media type cannot be produced";
            case 415 -> "this operation does not accept the request's content type; see its documented media types";
            default -> title;
        };
        return problem(status, slug(title), title, detail, uri, List.of());
    }

    @ServerExceptionMapper
    public Response unexpected(Exception e, UriInfo uri) {
        String incident = UUID.randomUUID().toString();
        LOG.errorf(e, "Unexpected failure %s on %s", incident, uri.getPath());
        return problem(500, "internal", "Internal error",
                "an unexpected error occurred; quote incident " + incident + " when reporting it", uri, List.of());
    }

    private Response stale(UriInfo uri) {
        return problem(409, "stale-version", "Stale version",
                "the resource was changed by someone else meanwhile; read it again and re-apply the change", uri,
                List.of());
    }

    private Response unauthorized(UriInfo uri) {
        Response response = problem(401, "unauthorized", "Unauthorized",
                "a valid bearer token is required", uri, List.of());
        return Response.fromResponse(response).header(HttpHeaders.WWW_AUTHENTICATE, "Bearer").build();
    }

    private Response problem(int status, String type, String title, String detail, UriInfo uri,
            List<FieldError> errors) {
        Problem body = new Problem(URI.create(Problem.TYPE_BASE + type), title, status, detail,
                uri == null ? null : uri.getPath(), errors);
        try {
            return Response.status(status).type(Problem.MEDIA_TYPE).entity(json.writeValueAsString(body)).build();
        } catch (JsonProcessingException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    private static String describe(List<FieldError> errors) {
        return errors.size() == 1
                ? errors.get(0).field() + ": " + errors.get(0).message()
                : errors.size() + " fields are invalid";
    }

    private static String slug(String title) {
        return title.toLowerCase().replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }

    /** Turns {@code create.request.rows[2].pue} into {@code rows[2].pue}: method and body names mean nothing to a client. */
    static String fieldOf(ConstraintViolation<?> violation) {
        List<Path.Node> nodes = new ArrayList<>();
        violation.getPropertyPath().forEach(nodes::add);
        StringBuilder field = new StringBuilder();
        for (int i = 0; i < nodes.size(); i++) {
            Path.Node node = nodes.get(i);
            boolean last = i == nodes.size() - 1;
            if (node.getKind() == ElementKind.METHOD || node.getKind() == ElementKind.CONSTRUCTOR
                    || (node.getKind() == ElementKind.PARAMETER && !last)
                    || node.getKind() == ElementKind.RETURN_VALUE) {
                continue;
            }
            if (node.getIndex() != null) {
                field.append('[').append(node.getIndex()).append(']');
            }
            if (node.getName() != null && node.getKind() != ElementKind.CONTAINER_ELEMENT) {
                if (!field.isEmpty()) {
                    field.append('.');
                }
                field.append(node.getName());
            }
        }
        return field.toString();
    }

    static String pathOf(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            } else if (ref.getFieldName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(ref.getFieldName());
            }
        }
        return path.toString();
    }

    private static String describeType(Class<?> type) {
        if (type == null) {
            return "a different value";
        }
        if (type.isEnum()) {
            List<String> names = new ArrayList<>();
            for (Object constant : type.getEnumConstants()) {
                names.add(constant.toString());
            }
            return "one of " + names;
        }
        if (Number.class.isAssignableFrom(type) || (type.isPrimitive() && type != boolean.class)) {
            return "a number";
        }
        if (type == java.time.LocalDate.class) {
            return "a date (YYYY-MM-DD)";
        }
        if (type == java.time.Instant.class || type == java.time.OffsetDateTime.class) {
            return "an ISO-8601 UTC timestamp";
        }
        if (type == UUID.class) {
            return "a UUID";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (java.util.Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "an array";
        }
        if (type == String.class) {
            return "a string";
        }
        return "an object";
    }
}
