package org.sovplan.gateway.routing;

import java.net.URI;
import java.time.Duration;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.sovplan.gateway.GatewayConfig;
import org.sovplan.gateway.GatewayConfig.Backend;

/**
 * The routing table by prefix: the first path segment after {@code /api/v1/} names a resource, and each
 * resource belongs to exactly one backend. Built once at start-up from {@link GatewayConfig}; a resource
 * claimed twice or a malformed base URL stops the start.
 */
public final class RoutingTable {

    public static final String API_PREFIX = "/api/v1/";

    private final Map<String, BackendRoute> byResource;

    RoutingTable(Map<String, BackendRoute> byResource) {
        this.byResource = Map.copyOf(byResource);
    }

    public static RoutingTable from(GatewayConfig config) {
        Map<String, Backend> backends = new LinkedHashMap<>();
        backends.put("capacity", config.capacity());
        backends.put("energy", config.energy());
        backends.put("placement", config.placement());
        return of(backends, config.resourceTimeouts());
    }

    /** The table of the given backends (by name), with per-resource timeout overrides. */
    static RoutingTable of(Map<String, Backend> backends, Map<String, Duration> resourceTimeouts) {
        Map<String, BackendRoute> routes = new LinkedHashMap<>();
        backends.forEach((name, backend) -> add(routes, name, backend, resourceTimeouts));
        for (String resource : resourceTimeouts.keySet()) {
            if (!routes.containsKey(resource)) {
                throw new IllegalStateException("sovplan.gateway.resource-timeouts names '" + resource
                        + "', which no backend serves; known resources: " + routes.keySet());
            }
        }
        return new RoutingTable(routes);
    }

    private static void add(Map<String, BackendRoute> routes, String backend, Backend config,
            Map<String, Duration> resourceTimeouts) {
        URI url = config.url();
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase();
        if (!scheme.equals("http") && !scheme.equals("https") || url.getHost() == null) {
            throw new IllegalStateException("sovplan.gateway." + backend
                    + ".url must be an http(s) URL with a host, not '" + url + "'");
        }
        boolean ssl = scheme.equals("https");
        int port = url.getPort() > 0 ? url.getPort() : ssl ? 443 : 80;
        String basePath = url.getRawPath() == null ? "" : url.getRawPath().replaceAll("/+$", "");
        for (String resource : config.resources()) {
            String name = resource.trim();
            Duration timeout = resourceTimeouts.getOrDefault(name, config.responseTimeout());
            BackendRoute previous = routes.put(name,
                    new BackendRoute(name, backend, url.getHost(), port, ssl, basePath, timeout));
            if (previous != null) {
                throw new IllegalStateException("the resource '" + name + "' is routed to both " + previous.backend()
                        + " and " + backend + "; each resource belongs to one service");
            }
        }
    }

    /** The route of a (normalized) request path, if it names a known resource. */
    public Optional<BackendRoute> resolve(String path) {
        String resource = resourceOf(path);
        return resource == null ? Optional.empty() : Optional.ofNullable(byResource.get(resource));
    }

    public Collection<BackendRoute> routes() {
        return byResource.values();
    }

    /** {@code /api/v1/sites/42} names {@code sites}; anything not under {@code /api/v1/<segment>} names nothing. */
    static String resourceOf(String path) {
        if (path == null || !path.startsWith(API_PREFIX)) {
            return null;
        }
        int end = path.indexOf('/', API_PREFIX.length());
        String resource = end < 0 ? path.substring(API_PREFIX.length()) : path.substring(API_PREFIX.length(), end);
        return resource.isEmpty() ? null : resource;
    }
}
