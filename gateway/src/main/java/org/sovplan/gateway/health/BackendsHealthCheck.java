package org.sovplan.gateway.health;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.sovplan.gateway.GatewayConfig;

import io.smallrye.health.api.AsyncHealthCheck;
import io.smallrye.health.api.HealthGroup;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;

/**
 * Whether the services behind the gateway answer, at {@code /q/health/group/backends}. Deliberately not a
 * readiness check: the gateway is ready when it is up, because taking it out of the load balancer when one
 * service is down would turn a partial outage (only that service's routes fail, with 503) into a total
 * one. Operators and dashboards read this group instead.
 */
@HealthGroup(BackendsHealthCheck.GROUP)
@ApplicationScoped
public class BackendsHealthCheck implements AsyncHealthCheck {

    public static final String GROUP = "backends";
    private static final String LIVENESS_PATH = "/q/health/live";

    private final Map<String, URI> backends = new LinkedHashMap<>();
    private final long timeoutMillis;
    private final HttpClient client;

    BackendsHealthCheck(GatewayConfig config, Vertx vertx) {
        backends.put("capacity", config.capacity().url());
        backends.put("energy", config.energy().url());
        backends.put("placement", config.placement().url());
        timeoutMillis = config.connectTimeout().toMillis();
        client = vertx.createHttpClient(new HttpClientOptions().setConnectTimeout((int) timeoutMillis));
    }

    @Override
    public Uni<HealthCheckResponse> call() {
        List<Future<String>> probes = backends.values().stream().map(this::probe).toList();
        Future<HealthCheckResponse> all = Future.join(probes).transform(ignored -> {
            HealthCheckResponseBuilder response = HealthCheckResponse.named("backends").up();
            int i = 0;
            for (Map.Entry<String, URI> backend : backends.entrySet()) {
                Future<String> probe = probes.get(i++);
                if (probe.succeeded()) {
                    response.withData(backend.getKey(), backend.getValue() + " answers " + probe.result());
                } else {
                    response.down().withData(backend.getKey(), backend.getValue() + " unreachable: "
                            + probe.cause().getClass().getSimpleName());
                }
            }
            return Future.succeededFuture(response.build());
        });
        return Uni.createFrom().completionStage(all.toCompletionStage());
    }

    /** Any HTTP answer counts as reachable; the backend's own health is its business. */
    private Future<String> probe(URI base) {
        String path = (base.getRawPath() == null ? "" : base.getRawPath().replaceAll("/+$", "")) + LIVENESS_PATH;
        boolean ssl = "https".equalsIgnoreCase(base.getScheme());
        RequestOptions options = new RequestOptions().setMethod(HttpMethod.GET)
                .setHost(base.getHost()).setPort(base.getPort() > 0 ? base.getPort() : ssl ? 443 : 80).setSsl(ssl)
                .setURI(path).setTimeout(timeoutMillis);
        return client.request(options)
                .compose(request -> request.send())
                .compose(response -> response.body().map(body -> "HTTP " + response.statusCode()));
    }

    @PreDestroy
    void close() {
        client.close();
    }
}
