package org.sovplan.capacity;

import java.net.URI;
import java.util.List;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.sovplan.common.problem.Problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The database's own refusals, as problems rather than 500s. The services check every rule
 * before writing, under row locks, so these fire only when two requests race past each other
 * (two creates of the same site name, two first uses of one Idempotency-Key) or when a code
 * path missed a rule and a CHECK constraint, the safety net, caught it.
 */
public class CapacityProblemMappers {

    private static final Logger LOG = Logger.getLogger(CapacityProblemMappers.class);

    private final ObjectMapper json;

    public CapacityProblemMappers(ObjectMapper json) {
        this.json = json;
    }

    @ServerExceptionMapper
    public Response constraint(org.hibernate.exception.ConstraintViolationException e, UriInfo uri) {
        LOG.infof("Database constraint %s refused a write on %s", e.getConstraintName(), uri.getPath());
        return problem(409, "conflict", "Conflict",
                "the change conflicts with the stored data or with a concurrent change (constraint "
                        + e.getConstraintName() + "); read the resource again and retry", uri);
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

    private Response busy(UriInfo uri) {
        return problem(409, "conflict", "Conflict",
                "the resource is being changed by a concurrent request; retry", uri);
    }

    private Response problem(int status, String type, String title, String detail, UriInfo uri) {
        Problem body = new Problem(URI.create(Problem.TYPE_BASE + type), title, status, detail, uri.getPath(),
                List.of());
        try {
            return Response.status(status).type(Problem.MEDIA_TYPE).entity(json.writeValueAsString(body)).build();
        } catch (JsonProcessingException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
