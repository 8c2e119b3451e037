package org.sovplan.common.problem;

import java.net.URI;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

import org.hibernate.StaleStateException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.jboss.resteasy.reactive.server.SimpleResourceInfo;
import org.sovplan.common.problem.Problem.FieldError;
import org.sovplan.common.security.BearerChallenge;

import io.quarkus.hibernate.validator.runtime.jaxrs.ResteasyReactiveViolationException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;

/**
 * The single error contract of every service: each failure a client can cause becomes an
 * RFC 9457 {@code application/problem+json} answer without a stack trace or class name.
 * A database that cannot be reached is answered 503 with {@code Retry-After}, as is every 503.
 * Anything unexpected is logged with an id and answered 500 with only that id.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    private final ObjectMapper json;
    private final ProblemConfig config;

    public ProblemMappers(ObjectMapper json, ProblemConfig config) {
        this.json = json;
        this.config = config;
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
                .map(v -> new FieldError(ProblemFields.of(v), v.getMessage()))
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
        if (e instanceof JsonMappingException mapping && !(e.getCause() instanceof JsonParseException)) {
            String field = ProblemFields.of(mapping);
            String message = ProblemFields.message(e);
            if (!field.isEmpty()) {
                return invalid(field, message, null, uri);
            }
            if (e instanceof MismatchedInputException) {
                return problem(400, "validation", "Invalid request", "body: " + message, uri, List.of());
            }
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

    /**
     * The database's own refusals. Services check their rules before writing, under row locks,
     * so these fire only when two requests race past each other (two creates of one name) or a
     * CHECK constraint, the safety net, catches a rule a code path missed.
     */
    @ServerExceptionMapper
    public Response constraint(org.hibernate.exception.ConstraintViolationException e, UriInfo uri) {
        LOG.infof("Database constraint %s refused a write on %s", e.getConstraintName(), uri.getPath());
        return problem(409, "conflict", "Conflict", "the change conflicts with the stored data or with a concurrent"
                + " change; read the resource again and retry", uri, List.of());
    }

    @ServerExceptionMapper
    public Response lock(org.hibernate.PessimisticLockException e, UriInfo uri) {
        return busy(uri);
    }

    @ServerExceptionMapper
    public Response lockTimeout(jakarta.persistence.PessimisticLockException e, UriInfo uri) {
        return busy(uri);
    }

    @ServerExceptionMapper
    public Response lockTimeout(jakarta.persistence.LockTimeoutException e, UriInfo uri) {
        return busy(uri);
    }

    @ServerExceptionMapper
    public Response unauthenticated(AuthenticationFailedException e, UriInfo uri, HttpHeaders headers) {
        return unauthorized(BearerChallenge.of(e, headers.getHeaderString(HttpHeaders.AUTHORIZATION)), uri);
    }

    @ServerExceptionMapper
    public Response unauthorized(UnauthorizedException e, UriInfo uri, HttpHeaders headers) {
        return unauthorized(BearerChallenge.of(e, headers.getHeaderString(HttpHeaders.AUTHORIZATION)), uri);
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return problem(403, "forbidden", "Forbidden", "your roles do not allow this operation", uri, List.of());
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, UriInfo uri, SimpleResourceInfo resource) {
        int status = e.getResponse().getStatus();
        if (e.getCause() instanceof JsonProcessingException json) {
            return jsonProblem(json, uri);
        }
        if (e instanceof NotFoundException && e.getCause() != null) {
            // JAX-RS answers 404 when a query parameter cannot be converted; that is a bad request.
            return ParameterProblems.find(resource, uri)
                    .map(error -> invalid(error.field(), error.message(), null, uri))
                    .orElseGet(() -> problem(400, "validation", "Invalid request",
                            "a query or path parameter has an invalid value", uri, List.of()));
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

    /**
     * The database is down, restarting or out of connections: an outage the client may retry, logged in one
     * line (no stack trace: the cause is known, and an outage would otherwise flood the log).
     */
    @ServerExceptionMapper
    public Response databaseDown(org.hibernate.exception.JDBCConnectionException e, UriInfo uri) {
        return databaseUnavailable(e, uri);
    }

    @ServerExceptionMapper
    public Response unexpected(Exception e, UriInfo uri) {
        if (DatabaseOutage.isCause(e)) {
            return databaseUnavailable(e, uri);
        }
        String incident = UUID.randomUUID().toString();
        LOG.errorf(e, "Unexpected failure %s on %s", incident, uri.getPath());
        return problem(500, "internal", "Internal error",
                "an unexpected error occurred; quote incident " + incident + " when reporting it", uri, List.of());
    }

    private Response databaseUnavailable(Exception e, UriInfo uri) {
        LOG.warnf("Database unavailable on %s (answered 503): %s", uri == null ? "?" : uri.getPath(),
                DatabaseOutage.reason(e));
        String detail = DatabaseOutage.duringCommit(e)
                ? "the connection to the service's database was lost while the change was being committed, so it"
                        + " may or may not have been saved; read the resource back, or retry with the same"
                        + " Idempotency-Key, once the service is available again"
                : "the service's database cannot be reached at the moment; nothing was changed, retry later";
        return problem(503, "database-unavailable", "Service unavailable", detail, uri, List.of());
    }

    private Response busy(UriInfo uri) {
        return problem(409, "conflict", "Conflict", "the resource is being changed by a concurrent request; retry",
                uri, List.of());
    }

    private Response stale(UriInfo uri) {
        return problem(409, "stale-version", "Stale version",
                "the resource was changed by someone else meanwhile; read it again and re-apply the change", uri,
                List.of());
    }

    private Response unauthorized(BearerChallenge challenge, UriInfo uri) {
        Response response = problem(401, "unauthorized", "Unauthorized", challenge.detail(), uri, List.of());
        return Response.fromResponse(response).header(HttpHeaders.WWW_AUTHENTICATE, challenge.header()).build();
    }

    private Response problem(int status, String type, String title, String detail, UriInfo uri,
            List<FieldError> errors) {
        Problem body = new Problem(URI.create(Problem.TYPE_BASE + type), title, status, detail,
                uri == null ? null : uri.getPath(), errors);
        try {
            Response.ResponseBuilder response = Response.status(status).type(Problem.MEDIA_TYPE)
                    .entity(json.writeValueAsString(body));
            if (status == 503) {
                // Every 503 is an outage the client may retry: say when.
                response.header(HttpHeaders.RETRY_AFTER, Math.max(1, config.retryAfter().toSeconds()));
            }
            return response.build();
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
}
