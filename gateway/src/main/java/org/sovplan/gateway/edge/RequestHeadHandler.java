package org.sovplan.gateway.edge;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.sovplan.gateway.problem.Problems;

import io.vertx.core.Handler;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;

/**
 * Checks the request line and headers before anything else reads them: a request target longer than the
 * limit answers 414, header fields larger than the limit answer 431, and a control character (U+0000-U+001F,
 * U+007F, once percent-decoded) in the path, the query or a header value answers 400, each with a problem
 * document. The HTTP server's own limits are set higher than these, so that its bare answers are only the
 * last resort.
 */
public final class RequestHeadHandler implements Handler<RoutingContext> {

    private final int maxUriLength;
    private final long maxHeaderBytes;

    public RequestHeadHandler(int maxUriLength, long maxHeaderBytes) {
        this.maxUriLength = maxUriLength;
        this.maxHeaderBytes = maxHeaderBytes;
    }

    @Override
    public void handle(RoutingContext rc) {
        HttpServerRequest request = rc.request();
        if (request.uri().length() > maxUriLength) {
            Problems.send(rc, 414, "uri-too-long", "URI too long",
                    "the request target is limited to " + maxUriLength + " characters");
            return;
        }
        long headerBytes = 0;
        for (Map.Entry<String, String> header : request.headers()) {
            headerBytes += header.getKey().length() + header.getValue().length() + 4; // ": " and CRLF
            if (hasControlCharacter(header.getValue(), true)) {
                Problems.send(rc, 400, "validation", "Invalid request",
                        "header " + header.getKey() + ": must not contain control characters");
                return;
            }
        }
        if (headerBytes > maxHeaderBytes) {
            Problems.send(rc, 431, "header-fields-too-large", "Request header fields too large",
                    "the request's header fields are limited to " + maxHeaderBytes + " bytes in all");
            return;
        }
        String target = request.uri();
        String decoded;
        try {
            decoded = URLDecoder.decode(target.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            Problems.send(rc, 400, "validation", "Invalid request", "the request URI has an invalid percent-encoding");
            return;
        }
        if (hasControlCharacter(decoded, false)) {
            Problems.send(rc, 400, "validation", "Invalid request",
                    "the path or query contains a control character");
            return;
        }
        rc.next();
    }

    /** Tab, line feed and carriage return are allowed where whitespace may appear (header values). */
    static boolean hasControlCharacter(String value, boolean allowWhitespace) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if ((c < 0x20 || c == 0x7f) && !(allowWhitespace && c == '\t')) {
                return true;
            }
        }
        return false;
    }
}
