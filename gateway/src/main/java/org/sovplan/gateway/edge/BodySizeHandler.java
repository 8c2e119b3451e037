package org.sovplan.gateway.edge;

import org.sovplan.gateway.problem.Problems;

import io.vertx.core.Handler;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;

/**
 * Refuses a request whose declared {@code Content-Length} exceeds the cap with 413, before any of it is
 * read or forwarded. Bodies without a declared length (chunked) are counted while they stream to the
 * backend instead ({@code CappedBody}). The connection is closed after the answer: the client may still be
 * sending the body, and reading it all would do the work the cap is there to spare.
 */
public final class BodySizeHandler implements Handler<RoutingContext> {

    private final long maxBytes;

    public BodySizeHandler(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    @Override
    public void handle(RoutingContext rc) {
        String declared = rc.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        long length;
        try {
            length = declared == null ? -1 : Long.parseLong(declared.trim());
        } catch (NumberFormatException e) {
            Problems.send(rc, 400, "malformed-request", "Bad request", "Content-Length is not a number");
            return;
        }
        if (length > maxBytes) {
            tooLarge(rc, maxBytes);
            return;
        }
        rc.next();
    }

    /** The 413 answer, shared with the streaming count; closes the connection once it is written. */
    public static void tooLarge(RoutingContext rc, long maxBytes) {
        if (rc.response().headWritten()) {
            rc.request().connection().close();
            return;
        }
        rc.response().putHeader(HttpHeaders.CONNECTION, "close")
                .endHandler(ended -> rc.request().connection().close());
        rc.request().pause();
        writeTooLarge(rc, maxBytes);
    }

    private static void writeTooLarge(RoutingContext rc, long maxBytes) {
        rc.response().setStatusCode(413)
                .putHeader(HttpHeaders.CONTENT_TYPE, Problems.MEDIA_TYPE)
                .end(Problems.body(413, "payload-too-large", "Payload too large",
                        "request bodies are limited to " + maxBytes + " bytes", rc.request().path()));
    }
}
