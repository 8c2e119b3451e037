package org.sovplan.common.http;

import java.util.List;
import java.util.Map;

import jakarta.ws.rs.container.ContainerRequestContext;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.sovplan.common.problem.ApiException;
import org.sovplan.common.problem.Problem.FieldError;

/**
 * Control characters (U+0000-U+001F and U+007F, once percent-decoded) in the path, a query parameter or a
 * header value are refused with 400 before anything reads them: PostgreSQL cannot store a NUL, and no
 * identifier, code or filter of the API contains one. Request bodies are checked by {@link ControlCharacters}
 * as JSON is read, where tab, line feed and carriage return stay allowed in free text.
 */
public class HostileInput {

    @ServerRequestFilter(preMatching = true)
    public void refuseControlCharacters(ContainerRequestContext request) {
        String path;
        Map<String, List<String>> query;
        try {
            path = request.getUriInfo().getPath(true);
            query = request.getUriInfo().getQueryParameters(true);
        } catch (IllegalArgumentException badEncoding) {
            throw ApiException.badRequest("the request URI has an invalid percent-encoding", List.of());
        }
        if (ControlCharacters.find(path, false) >= 0) {
            throw refused("path", "the path contains a control character");
        }
        query.forEach((name, values) -> {
            if (ControlCharacters.find(name, false) >= 0) {
                throw refused("query", "a query parameter name contains a control character");
            }
            for (String value : values) {
                if (ControlCharacters.find(value, false) >= 0) {
                    throw refused(name, "must not contain control characters");
                }
            }
        });
        request.getHeaders().forEach((name, values) -> {
            for (String value : values) {
                if (ControlCharacters.find(value, true) >= 0) {
                    throw refused("header " + name, "must not contain control characters");
                }
            }
        });
    }

    private static ApiException refused(String field, String message) {
        return ApiException.badRequest(field + ": " + message, List.of(new FieldError(field, message)));
    }
}
