package org.sovplan.gateway;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Everything the gateway reads besides Quarkus's own keys. Every key can be set from the environment,
 * e.g. {@code SOVPLAN_GATEWAY_CAPACITY_URL}, {@code SOVPLAN_GATEWAY_RATE_LIMIT_BURST}.
 */
@ConfigMapping(prefix = "sovplan.gateway")
public interface GatewayConfig {

    /** capacity-service: regions, sites, accelerator catalogue, capacity, reservations. */
    Backend capacity();

    /** energy-service: grid zones, grid upgrades, power supplies, energy quotes. */
    Backend energy();

    /** placement-service: workloads, sizing, plans, scenarios. */
    Backend placement();

    /**
     * The gateway's public base URL (e.g. {@code https://api.sovplan.example}), announced as the server in
     * the served OpenAPI contract; without it the committed contract's server stays.
     */
    Optional<URI> publicUrl();

    /** Longest wait for a TCP connection to a backend (and for a free pooled connection). */
    @WithDefault("2s")
    Duration connectTimeout();

    /** Most connections the gateway keeps open to one backend. */
    @WithDefault("200")
    int maxConnectionsPerBackend();

    /** Response timeouts per API resource, overriding the backend's, e.g. {@code resource-timeouts.sizing=60s}. */
    Map<String, Duration> resourceTimeouts();

    /**
     * Once a backend has started answering with {@code text/event-stream} (plan progress events), the
     * longest silence allowed on the stream before the gateway closes it.
     */
    @WithDefault("1h")
    Duration eventStreamIdleTimeout();

    /** Request body cap. */
    Limits limits();

    /** Per-subject rate limit. */
    RateLimit rateLimit();

    /** One backend service behind the gateway. */
    interface Backend {

        /** Base URL, e.g. {@code http://capacity-service:8081}; a path in it prefixes every forwarded path. */
        URI url();

        /** The API resources it owns: the first path segment after {@code /api/v1/}. */
        List<String> resources();

        /** Longest wait for the backend's answer to start, and longest silence while it streams. */
        @WithDefault("10s")
        Duration responseTimeout();
    }

    interface Limits {

        /** Largest request body the gateway forwards; larger ones are refused with 413. */
        @WithDefault("5M")
        MemorySize maxBodySize();

        /** Longest request target (path and query) accepted; longer ones are refused with 414. */
        @WithDefault("8192")
        int maxUriLength();

        /** Largest total size of the request's header fields (names and values); larger ones are refused with 431. */
        @WithDefault("16K")
        MemorySize maxHeaderSize();
    }

    /**
     * A token bucket per subject: the token's {@code sub}, or the client address for anonymous calls.
     */
    interface RateLimit {

        /** Off switch, e.g. for a load test of the services behind the gateway. */
        @WithDefault("true")
        boolean enabled();

        /** Sustained requests per second and subject (the bucket's refill rate). */
        @WithDefault("50")
        double requestsPerSecond();

        /** Requests a subject may make at once after a quiet period (the bucket's size). */
        @WithDefault("100")
        int burst();

        /** Most subjects tracked at once; the least recently seen are forgotten beyond it. */
        @WithDefault("100000")
        int maxSubjects();
    }
}
