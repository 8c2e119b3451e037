package org.sovplan.gateway.support;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.json.JsonObject;

/**
 * A real HTTP backend for the gateway's happy paths: it answers every request with what it received
 * (method, path and query, headers, body length and SHA-256), read as a stream. It also serves a plan's
 * event stream ({@code /api/v1/plans/{id}/events}): one event at once, the last one only when the test
 * calls {@code POST /control/finish/{id}}, so that a test can see the first event arrive while the stream
 * is still open. Its answers carry hop-by-hop headers that the gateway must not pass on.
 */
public final class EchoBackend {

    private static final Pattern EVENTS = Pattern.compile("/api/v1/plans/([^/]+)/events");
    private static final Pattern FINISH = Pattern.compile("/control/finish/([^/]+)");

    private final String name;
    private final Map<String, HttpServerResponse> openStreams = new ConcurrentHashMap<>();
    private HttpServer server;

    private EchoBackend(String name) {
        this.name = name;
    }

    public static EchoBackend start(Vertx vertx, String name) throws Exception {
        EchoBackend backend = new EchoBackend(name);
        backend.server = vertx.createHttpServer().requestHandler(backend::handle)
                .listen(0, "127.0.0.1").toCompletionStage().toCompletableFuture().get();
        return backend;
    }

    public String url() {
        return "http://127.0.0.1:" + server.actualPort();
    }

    private void handle(HttpServerRequest request) {
        Matcher events = EVENTS.matcher(request.path());
        Matcher finish = FINISH.matcher(request.path());
        if (events.matches()) {
            openEventStream(request, events.group(1));
        } else if (finish.matches()) {
            finishEventStream(request, finish.group(1));
        } else {
            echo(request);
        }
    }

    private void openEventStream(HttpServerRequest request, String planId) {
        HttpServerResponse response = request.response().setChunked(true)
                .putHeader("Content-Type", "text/event-stream")
                .putHeader("Cache-Control", "no-cache");
        openStreams.put(planId, response);
        response.write("event: progress\ndata: {\"planId\":\"" + planId + "\",\"progress\":0.5}\n\n");
    }

    private void finishEventStream(HttpServerRequest request, String planId) {
        HttpServerResponse stream = openStreams.remove(planId);
        if (stream != null) {
            stream.end("event: completed\ndata: {\"planId\":\"" + planId + "\",\"status\":\"COMPLETED\"}\n\n");
        }
        request.response().setStatusCode(stream == null ? 404 : 204).end();
    }

    private void echo(HttpServerRequest request) {
        MessageDigest sha256 = sha256();
        long[] bodyBytes = {0};
        request.handler(chunk -> {
            bodyBytes[0] += chunk.length();
            sha256.update(chunk.getBytes());
        });
        request.endHandler(end -> {
            JsonObject headers = new JsonObject();
            request.headers().forEach(h -> headers.put(h.getKey().toLowerCase(),
                    headers.containsKey(h.getKey().toLowerCase())
                            ? headers.getString(h.getKey().toLowerCase()) + "," + h.getValue() : h.getValue()));
            JsonObject received = new JsonObject()
                    .put("backend", name)
                    .put("method", request.method().name())
                    .put("uri", request.uri())
                    .put("headers", headers)
                    .put("bodyBytes", bodyBytes[0])
                    .put("bodySha256", HexFormat.of().formatHex(sha256.digest()));
            request.response()
                    .putHeader("Content-Type", "application/json")
                    .putHeader("X-Echo-Backend", name)
                    // Hop-by-hop: for this connection only, never to be relayed by a proxy.
                    .putHeader("Keep-Alive", "timeout=99")
                    .putHeader("Proxy-Authenticate", "Basic realm=backend")
                    .putHeader("X-Backend-Hop", "secret")
                    .putHeader("Connection", "X-Backend-Hop")
                    .putHeader("X-Request-Id", String.valueOf(request.getHeader("X-Request-Id")))
                    .end(received.toBuffer());
        });
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
