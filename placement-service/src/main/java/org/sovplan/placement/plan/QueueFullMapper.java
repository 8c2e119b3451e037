package org.sovplan.placement.plan;

import java.net.URI;
import java.util.List;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.sovplan.common.problem.Problem;

/** 429 problem with Retry-After for a full solve queue (the shared mappers carry no headers). */
public class QueueFullMapper {

    @ServerExceptionMapper
    public Response queueFull(QueueFullException e, UriInfo uri) {
        Problem problem = new Problem(URI.create(Problem.TYPE_BASE + "queue-full"), "Too many plans", 429,
                e.getMessage(), uri.getPath(), List.of());
        return Response.status(429).type(Problem.MEDIA_TYPE).header(HttpHeaders.RETRY_AFTER, e.retryAfterSeconds())
                .entity(problem).build();
    }
}
