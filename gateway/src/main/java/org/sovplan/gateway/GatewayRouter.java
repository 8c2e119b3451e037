package org.sovplan.gateway;

import java.util.List;
import java.util.concurrent.TimeUnit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.sovplan.gateway.edge.AuthProblems;
import org.sovplan.gateway.edge.BodySizeHandler;
import org.sovplan.gateway.edge.RequestHeadHandler;
import org.sovplan.gateway.edge.RequestIdHandler;
import org.sovplan.gateway.edge.RouteOrder;
import org.sovplan.gateway.limits.RateLimitHandler;
import org.sovplan.gateway.problem.Problems;
import org.sovplan.gateway.limits.TokenBuckets;
import org.sovplan.gateway.routing.ApiProxy;
import org.sovplan.gateway.routing.MetricsPathTemplate;
import org.sovplan.gateway.routing.RoutingTable;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.PoolOptions;
import io.vertx.ext.web.Router;

/**
 * Puts the gateway on Quarkus's Vert.x router, in request order: request id and metrics tag, the
 * rate limit (after Quarkus has authenticated the caller), the 401 for anonymous calls, the body cap, then
 * the reverse proxy for {@code /api/*}. Authentication and the role rules themselves are Quarkus's
 * ({@code quarkus.oidc.*}, {@code quarkus.http.auth.permission.*} in application.properties).
 */
@ApplicationScoped
public class GatewayRouter {

    private static final Logger LOG = Logger.getLogger(GatewayRouter.class);

    /** How often the rate limiter forgets the buckets that have refilled. */
    private static final long FORGET_IDLE_BUCKETS_EVERY_MILLIS = TimeUnit.MINUTES.toMillis(1);

    private final GatewayConfig config;
    private final Vertx vertx;
    private final MeterRegistry registry;
    private final List<String> anonymousPaths;
    private RoutingTable table;

    GatewayRouter(GatewayConfig config, Vertx vertx, MeterRegistry registry,
            @ConfigProperty(name = "quarkus.http.auth.permission.anonymous.paths") List<String> anonymousPaths) {
        this.config = config;
        this.vertx = vertx;
        this.registry = registry;
        this.anonymousPaths = anonymousPaths;
    }

    void install(@Observes Router router) {
        table = RoutingTable.from(config);
        AuthProblems authProblems = new AuthProblems(anonymousPaths);
        router.route().order(RouteOrder.FAILURES).failureHandler(authProblems.failure());
        router.route().order(RouteOrder.REQUEST_ID).handler(new RequestIdHandler());
        router.route().order(RouteOrder.REQUEST_ID).handler(new MetricsPathTemplate(table));
        router.route().order(RouteOrder.REQUEST_HEAD).handler(new RequestHeadHandler(config.limits().maxUriLength(),
                config.limits().maxHeaderSize().asLongValue()));
        if (config.rateLimit().enabled()) {
            router.route().order(RouteOrder.RATE_LIMIT).handler(rateLimit());
        }
        router.route().order(RouteOrder.ANONYMOUS).handler(authProblems.anonymousGate());
        long maxBodyBytes = config.limits().maxBodySize().asLongValue();
        router.route().order(RouteOrder.BODY_SIZE).handler(new BodySizeHandler(maxBodyBytes));
        router.route("/api/*").order(RouteOrder.PROXY).handler(new ApiProxy(table, apiClient(), streamClient(),
                config.connectTimeout().toMillis(), maxBodyBytes, registry));
        router.route().order(RouteOrder.NOT_FOUND).handler(rc -> Problems.send(rc, 404, "not-found", "Not found",
                "no resource at " + rc.normalizedPath()));
    }

    /** The routing table, once the router is installed. */
    public RoutingTable routingTable() {
        return table;
    }

    private RateLimitHandler rateLimit() {
        GatewayConfig.RateLimit limit = config.rateLimit();
        TokenBuckets buckets = new TokenBuckets(limit.requestsPerSecond(), limit.burst(), limit.maxSubjects(),
                System::nanoTime);
        vertx.setPeriodic(FORGET_IDLE_BUCKETS_EVERY_MILLIS, id -> buckets.forgetIdle());
        registry.gauge("sovplan.gateway.rate.limit.subjects", buckets, TokenBuckets::size);
        Counter refused = Counter.builder("sovplan.gateway.rate.limited")
                .description("Requests refused with 429 by the per-subject rate limit").register(registry);
        return new RateLimitHandler(buckets, refused);
    }

    /** Ordinary answers: a connection silent for longer than the longest response timeout is closed. */
    private HttpClient apiClient() {
        long longestTimeout = table.routes().stream().mapToLong(route -> route.responseTimeout().toMillis())
                .max().orElse(config.capacity().responseTimeout().toMillis());
        return quiet(vertx.createHttpClient(clientOptions(longestTimeout), pool()));
    }

    /** Event streams: long silences are normal between events. */
    private HttpClient streamClient() {
        return quiet(vertx.createHttpClient(clientOptions(config.eventStreamIdleTimeout().toMillis()), pool()));
    }

    /**
     * A backend that drops a connection is answered 502/503 and counted in the failure metrics; without a
     * handler Vert.x would also log every such connection at ERROR.
     */
    private static HttpClient quiet(HttpClient client) {
        client.connectionHandler(connection -> connection.exceptionHandler(
                failure -> LOG.debugf("Backend connection failed: %s", failure.toString())));
        return client;
    }

    private HttpClientOptions clientOptions(long idleTimeoutMillis) {
        return new HttpClientOptions()
                .setConnectTimeout((int) config.connectTimeout().toMillis())
                .setIdleTimeout((int) idleTimeoutMillis)
                .setIdleTimeoutUnit(TimeUnit.MILLISECONDS)
                .setKeepAlive(true);
    }

    private PoolOptions pool() {
        return new PoolOptions().setHttp1MaxSize(config.maxConnectionsPerBackend());
    }
}
