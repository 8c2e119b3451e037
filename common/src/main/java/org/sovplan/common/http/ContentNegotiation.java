package org.sovplan.common.http;

import java.util.List;
import java.util.Locale;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.sovplan.common.problem.Problem;

/**
 * Content negotiation that never trips a generated client (RFC 9110 §12.5.1 lets a server disregard
 * {@code Accept} and answer its default type):
 * <ul>
 * <li>a {@code DELETE} answers without a body (204) or with the operation's one JSON document, so its
 * {@code Accept} is ignored;</li>
 * <li>{@code Accept: application/problem+json}, alone or beside other types, says what the client reads
 * when a call fails; it gets the operation's default type on success instead of 406.</li>
 * </ul>
 * Runs before matching, because the REST layer answers 406 while it matches.
 */
public class ContentNegotiation {

    /** Appended to such an Accept: anything the operation produces, at the lowest preference. */
    static final String FALL_BACK = "*/*;q=0.001";

    @ServerRequestFilter(preMatching = true)
    public void relaxAccept(ContainerRequestContext request) {
        List<String> accept = request.getHeaders().get(HttpHeaders.ACCEPT);
        if (accept == null || accept.isEmpty()) {
            return;
        }
        if ("DELETE".equals(request.getMethod())) {
            request.getHeaders().remove(HttpHeaders.ACCEPT);
            return;
        }
        String joined = String.join(",", accept);
        String lower = joined.toLowerCase(Locale.ROOT);
        if (lower.contains(Problem.MEDIA_TYPE) && !lower.contains("*/*")) {
            request.getHeaders().putSingle(HttpHeaders.ACCEPT, joined + ", " + FALL_BACK);
        }
    }
}
