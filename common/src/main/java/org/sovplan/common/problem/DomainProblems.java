package org.sovplan.common.problem;

import java.net.URI;
import java.util.List;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.sovplan.common.domain.Conflict;
import org.sovplan.common.domain.DependencyUnavailable;
import org.sovplan.common.domain.DomainException;
import org.sovplan.common.domain.NotFound;
import org.sovplan.common.domain.RuleBroken;
import org.sovplan.common.problem.Problem.FieldError;

/**
 * The one place where the domain's exceptions become problem answers, for every service:
 * {@link NotFound} 404, {@link Conflict} 409, {@link RuleBroken} 422 (with the field),
 * {@link DependencyUnavailable} 503 with {@code Retry-After}. The type URIs are those
 * {@link ApiException}'s factories use, so clients see one contract whichever a service raises.
 */
public class DomainProblems {

    private final ObjectMapper json;
    private final ProblemConfig config;

    public DomainProblems(ObjectMapper json, ProblemConfig config) {
        this.json = json;
        this.config = config;
    }

    @ServerExceptionMapper
    public Response domain(DomainException e, UriInfo uri) {
        return switch (e) {
            case NotFound notFound -> problem(404, "not-found", "Not found", notFound, uri, List.of()).build();
            case Conflict conflict -> problem(409, "conflict", "Conflict", conflict, uri, List.of()).build();
            case RuleBroken broken -> problem(422, "unprocessable", "Semantically invalid", broken, uri,
                    broken.violations().stream().filter(v -> v.field() != null)
                            .map(v -> new FieldError(v.field(), v.rule())).toList())
                    .build();
            case DependencyUnavailable down -> problem(503, "dependency-unavailable", "Service unavailable", down, uri,
                    List.of()).header(HttpHeaders.RETRY_AFTER, down.retryAfterSeconds() > 0 ? down.retryAfterSeconds()
                    : Math.max(1, config.retryAfter().toSeconds())).build();
            default -> problem(409, "conflict", "Conflict", e, uri, List.of()).build();
        };
    }

    private Response.ResponseBuilder problem(int status, String type, String title, DomainException e, UriInfo uri,
            List<FieldError> errors) {
        Problem body = new Problem(URI.create(Problem.TYPE_BASE + type), title, status, e.getMessage(),
                uri == null ? null : uri.getPath(), errors);
        try {
            return Response.status(status).type(Problem.MEDIA_TYPE).entity(json.writeValueAsString(body));
        } catch (JsonProcessingException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
