package org.sovplan.gateway.problem;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;

/**
 * The gateway's own error answers, in the platform's RFC 9457 shape ({@code type}, {@code title},
 * {@code status}, {@code detail}, {@code instance}), the same document the services' problem mappers write.
 * Written with Vert.x JSON: the gateway has no JAX-RS layer.
 */
public final class Problems {

    /** The base of every problem {@code type} URI, as in the services. */
    public static final String TYPE_BASE = "https://sovplan.org/problems/";

    /** The media type of problem documents. */
    public static final String MEDIA_TYPE = "application/problem+json";

    private Problems() {
    }

    /** The problem document as bytes. {@code slug} becomes the last segment of {@code type}. */
    public static Buffer body(int status, String slug, String title, String detail, String instance) {
        JsonObject problem = new JsonObject()
                .put("type", TYPE_BASE + slug)
                .put("title", title)
                .put("status", status);
        if (detail != null) {
            problem.put("detail", detail);
        }
        if (instance != null) {
            problem.put("instance", instance);
        }
        return problem.toBuffer();
    }

    /**
     * Answers the request with a problem document, unless an answer has already started. A request body
     * the client is still sending is read and dropped, so that the connection stays usable.
     */
    public static void send(RoutingContext rc, int status, String slug, String title, String detail) {
        HttpServerResponse response = rc.response();
        if (response.ended() || response.headWritten()) {
            return;
        }
        if (!rc.request().isEnded()) {
            rc.request().resume();
        }
        response.setStatusCode(status)
                .putHeader(HttpHeaders.CONTENT_TYPE, MEDIA_TYPE)
                .end(body(status, slug, title, detail, rc.request().path()));
    }
}
