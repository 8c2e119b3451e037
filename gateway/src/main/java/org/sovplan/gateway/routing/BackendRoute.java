package org.sovplan.gateway.routing;

import java.time.Duration;

/**
 * Where the requests for one API resource ({@code /api/v1/<resource>...}) go, and how long the gateway
 * waits for the answer to start.
 *
 * @param basePath the path of the backend's base URL without its trailing slash ({@code ""} for none)
 */
public record BackendRoute(String resource, String backend, String host, int port, boolean ssl, String basePath,
        Duration responseTimeout) {

    /** The path the backend sees: the caller's normalized path and query, behind the base URL's path. */
    public String targetUri(String normalizedPath, String query) {
        String uri = basePath + normalizedPath;
        return query == null || query.isEmpty() ? uri : uri + "?" + query;
    }

    /** The low-cardinality path under which metrics count this route's requests. */
    public String metricsTemplate() {
        return RoutingTable.API_PREFIX + resource + "/*";
    }
}
