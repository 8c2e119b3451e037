package org.sovplan.gateway.routing;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.jboss.logging.Logger;
import org.sovplan.gateway.edge.BodySizeHandler;
import org.sovplan.gateway.problem.Problems;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.vertx.core.Future;
import io.vertx.core.Handler;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpVersion;
import io.vertx.core.http.RequestOptions;
import io.vertx.ext.web.RoutingContext;
import io.vertx.httpproxy.Body;
import io.vertx.httpproxy.ProxyRequest;
import io.vertx.httpproxy.ProxyResponse;

/**
 * The reverse proxy for {@code /api/...}: picks the backend by prefix and streams the request to it and
 * the answer back with {@code vertx-http-proxy}, neither body buffered. Nothing here blocks; a request costs
 * a pooled connection and a timer.
 *
 * <p>Two clients, because an event stream ({@code Accept: text/event-stream}, e.g. a plan's progress) may be
 * silent for long stretches while an ordinary answer that stalls half-way must be cut off: the connections
 * of each close after their own idle time. Either way the answer must <em>start</em> within the route's
 * response timeout, or the caller gets 504.
 */
public final class ApiProxy implements Handler<RoutingContext> {

    private static final Logger LOG = Logger.getLogger(ApiProxy.class);
    private static final String EVENT_STREAM = "text/event-stream";
    /** Retry-After of a 503: about the time a restarted service pod needs to listen again. */
    private static final String RETRY_UNAVAILABLE_AFTER_SECONDS = "5";

    private final RoutingTable table;
    private final HttpClient apiClient;
    private final HttpClient streamClient;
    private final long connectTimeoutMillis;
    private final long maxBodyBytes;
    private final Map<String, Map<BackendFailure, Counter>> failures = new HashMap<>();

    public ApiProxy(RoutingTable table, HttpClient apiClient, HttpClient streamClient, long connectTimeoutMillis,
            long maxBodyBytes, MeterRegistry registry) {
        this.table = table;
        this.apiClient = apiClient;
        this.streamClient = streamClient;
        this.connectTimeoutMillis = connectTimeoutMillis;
        this.maxBodyBytes = maxBodyBytes;
        for (BackendRoute route : table.routes()) {
            failures.computeIfAbsent(route.backend(), backend -> {
                Map<BackendFailure, Counter> counters = new EnumMap<>(BackendFailure.class);
                for (BackendFailure failure : BackendFailure.values()) {
                    counters.put(failure, Counter.builder("sovplan.gateway.backend.failures")
                            .description("Requests the gateway answered itself because the backend failed")
                            .tag("backend", backend).tag("status", Integer.toString(failure.status))
                            .register(registry));
                }
                return counters;
            });
        }
    }

    @Override
    public void handle(RoutingContext rc) {
        String path = rc.normalizedPath();
        table.resolve(path).ifPresentOrElse(route -> forward(rc, route),
                () -> Problems.send(rc, 404, "not-found", "Not found", "no API resource at " + path));
    }

    private void forward(RoutingContext rc, BackendRoute route) {
        HttpServerRequest caller = rc.request();
        ProxyRequest request = ProxyRequest.reverseProxy(caller);
        // The normalized path is the one the authorization rules judged; the backend must see the same.
        request.setURI(route.targetUri(rc.normalizedPath(), caller.query()));
        ForwardedHeaders.toBackend(request.headers(), caller);
        CappedBody cappedBody = null;
        boolean unknownLength = request.getBody() != null && request.getBody().length() < 0;
        if (unknownLength && mayStreamABody(caller)) {
            cappedBody = new CappedBody(caller, maxBodyBytes);
            request.setBody(Body.body(cappedBody, -1));
        }
        if (unknownLength && caller.version() == HttpVersion.HTTP_2 && mayCarryABody(caller.method())) {
            // The proxy sends a body of unknown length chunked only when the caller's own headers say chunked,
            // which an HTTP/2 caller's never do; without it Vert.x refuses to send the body to the (HTTP/1.1)
            // backend. Transfer-Encoding is hop-by-hop: the proxy reads it here and copies it nowhere.
            caller.headers().set(HttpHeaders.TRANSFER_ENCODING, "chunked");
        }
        RequestOptions options = new RequestOptions()
                .setHost(route.host()).setPort(route.port()).setSsl(route.ssl())
                .setConnectTimeout(connectTimeoutMillis)
                // Until the answer starts; Vert.x cancels this timer when the response headers arrive.
                .setIdleTimeout(route.responseTimeout().toMillis());
        HttpClient client = acceptsEventStream(caller) ? streamClient : apiClient;
        CappedBody cap = cappedBody;
        client.request(options)
                .recover(cause -> Future.failedFuture(new BackendFailure.NoConnectionException(cause)))
                .compose(backendRequest -> {
                    // Failures are answered through the response future; this only keeps them out of the ERROR log.
                    backendRequest.exceptionHandler(failure -> LOG.debugf("Backend request failed: %s", failure));
                    return request.send(backendRequest);
                })
                .onSuccess(this::answer)
                .onFailure(cause -> failed(rc, route, cap, cause));
    }

    private void answer(ProxyResponse response) {
        ForwardedHeaders.toCaller(response.headers());
        response.send().onFailure(cause -> LOG.debugf("Answer cut short: %s", cause.toString()));
    }

    private void failed(RoutingContext rc, BackendRoute route, CappedBody cap, Throwable cause) {
        if (rc.response().closed()) {
            return; // the caller went away; nobody to answer, and not the backend's failure
        }
        if (cap != null && cap.exceeded()) {
            BodySizeHandler.tooLarge(rc, maxBodyBytes);
            return;
        }
        BackendFailure failure = BackendFailure.of(cause);
        failures.get(route.backend()).get(failure).increment();
        LOG.debugf("%s %s: %s service failed (%s)", rc.request().method(), rc.request().path(), route.backend(),
                cause.toString());
        if (failure == BackendFailure.UNAVAILABLE) {
            rc.response().putHeader(HttpHeaders.RETRY_AFTER, RETRY_UNAVAILABLE_AFTER_SECONDS);
        }
        Problems.send(rc, failure.status, failure.slug, failure.title, failure.detail(route));
    }

    /** A body without a declared length: chunked in HTTP/1.1, any HTTP/2 stream without Content-Length. */
    private static boolean mayStreamABody(HttpServerRequest request) {
        if (request.version() == HttpVersion.HTTP_2) {
            return !request.isEnded();
        }
        String encoding = request.getHeader(HttpHeaders.TRANSFER_ENCODING);
        return encoding != null && encoding.toLowerCase(Locale.ROOT).contains("chunked");
    }

    private static boolean mayCarryABody(HttpMethod method) {
        return !HttpMethod.GET.equals(method) && !HttpMethod.HEAD.equals(method) && !HttpMethod.OPTIONS.equals(method);
    }

    private static boolean acceptsEventStream(HttpServerRequest request) {
        String accept = request.getHeader(HttpHeaders.ACCEPT);
        return accept != null && accept.contains(EVENT_STREAM);
    }
}
