package org.sovplan.gateway.routing;

import io.vertx.core.Handler;
import io.vertx.core.http.impl.HttpServerRequestInternal;
import io.vertx.ext.web.RoutingContext;

/**
 * Tags each request's HTTP server metrics with its route ({@code /api/v1/sites/*}) instead of its path, so
 * that {@code /q/metrics} has one series per resource rather than one per id, and a scan of random paths
 * cannot blow up the number of series. Uses the path-template slot Quarkus's Micrometer binder reads.
 */
public final class MetricsPathTemplate implements Handler<RoutingContext> {

    /** The context-local key Quarkus's Micrometer HTTP binder takes the {@code uri} tag from. */
    private static final String URL_PATH_TEMPLATE = "UrlPathTemplate";
    private static final String OTHER_PATHS = "/{other}";
    private static final String NON_APPLICATION_ROOT = "/q/";

    private final RoutingTable table;

    public MetricsPathTemplate(RoutingTable table) {
        this.table = table;
    }

    @Override
    public void handle(RoutingContext rc) {
        String path = rc.normalizedPath();
        if (!path.startsWith(NON_APPLICATION_ROOT)) {
            String template = table.resolve(path).map(BackendRoute::metricsTemplate).orElse(OTHER_PATHS);
            ((HttpServerRequestInternal) rc.request()).context().putLocal(URL_PATH_TEMPLATE, template);
        }
        rc.next();
    }
}
