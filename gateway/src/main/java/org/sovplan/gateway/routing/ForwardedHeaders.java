package org.sovplan.gateway.routing;

import java.util.List;
import java.util.Set;

import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.net.SocketAddress;

/**
 * The header rules of a reverse proxy (RFC 9110 §7.6): hop-by-hop headers, including any the
 * {@code Connection} header names, stay on their own hop in both directions, and the backend learns who
 * really called, and at which address, through {@code X-Forwarded-For}, {@code -Proto} and {@code -Host}
 * and the standard {@code Forwarded} (RFC 7239). Everything else passes
 * unchanged, the caller's {@code Authorization} included: the services check the token again.
 */
final class ForwardedHeaders {

    static final String X_FORWARDED_FOR = "X-Forwarded-For";
    static final String X_FORWARDED_PROTO = "X-Forwarded-Proto";
    static final String X_FORWARDED_HOST = "X-Forwarded-Host";
    static final String X_REQUEST_ID = "X-Request-Id";
    static final String FORWARDED = "Forwarded";

    /** RFC 9110 §7.6.1, plus the non-standard Proxy-Connection that old clients still send. */
    private static final Set<String> HOP_BY_HOP = Set.of("connection", "keep-alive", "proxy-connection",
            "proxy-authenticate", "proxy-authorization", "te", "trailer", "transfer-encoding", "upgrade");

    private ForwardedHeaders() {
    }

    /** Prepares the headers of the request to the backend (a copy of the caller's). */
    static void toBackend(MultiMap headers, HttpServerRequest caller) {
        removeHopByHop(headers);
        // The TCP peer, not caller.remoteAddress(): behind a trusted ingress (quarkus.http.proxy.*) that is
        // already the client from the incoming chain, which would then appear twice.
        SocketAddress peer = caller.connection() == null ? caller.remoteAddress()
                : caller.connection().remoteAddress();
        String client = peer == null ? null : peer.hostAddress();
        if (client != null) {
            String chain = headers.get(X_FORWARDED_FOR);
            headers.set(X_FORWARDED_FOR, chain == null || chain.isBlank() ? client : chain + ", " + client);
        }
        String proto = caller.scheme() == null ? "http" : caller.scheme();
        headers.set(X_FORWARDED_PROTO, proto);
        String host = caller.authority() == null ? null : caller.authority().toString();
        if (host != null) {
            headers.set(X_FORWARDED_HOST, host);
        }
        String element = forwardedElement(client, host, proto);
        String forwarded = headers.get(FORWARDED);
        headers.set(FORWARDED, forwarded == null || forwarded.isBlank() ? element : forwarded + ", " + element);
    }

    /** One RFC 7239 element: {@code for="[::1]";host="api.example.org";proto=https}. */
    static String forwardedElement(String client, String host, String proto) {
        StringBuilder element = new StringBuilder();
        if (client != null) {
            element.append("for=").append(client.contains(":") ? "\"[" + client + "]\"" : client).append(';');
        }
        if (host != null) {
            element.append("host=\"").append(host.replace("\"", "")).append("\";");
        }
        return element.append("proto=").append(proto).toString();
    }

    /**
     * Prepares the headers of the backend's answer to the caller. The caller already has its
     * {@code X-Request-Id} from the gateway; the backend's echo of it would be a duplicate.
     */
    static void toCaller(MultiMap headers) {
        removeHopByHop(headers);
        headers.remove(X_REQUEST_ID);
    }

    private static void removeHopByHop(MultiMap headers) {
        List<String> connection = headers.getAll("connection");
        for (String value : connection) {
            for (String named : value.split(",")) {
                String name = named.trim();
                if (!name.isEmpty()) {
                    headers.remove(name);
                }
            }
        }
        for (String name : HOP_BY_HOP) {
            headers.remove(name);
        }
    }
}
