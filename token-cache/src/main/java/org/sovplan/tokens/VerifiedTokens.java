package org.sovplan.tokens;

import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonString;

import org.eclipse.microprofile.jwt.JsonWebToken;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import com.github.benmanes.caffeine.cache.Ticker;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;
import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.vertx.ext.web.RoutingContext;

/**
 * The bearer tokens this service has verified, with the identity each one proved. Checking a token (parse,
 * RS256 signature, claims) was about half of the gateway's CPU per proxied call and a quarter of a service's
 * for a single-row read; a client sends the same token for minutes, and the gateway passes it on to the
 * service, so the second and later requests look it up here instead ({@link CachedTokenIdentityProvider}).
 *
 * <p>What is remembered, and for how long:
 * <ul>
 * <li>only identities that Quarkus OIDC built from a token it has just verified ({@link VerifiedTokenRecorder}),
 * keyed by the whole token, signature included: a token edited in any way is a different key;</li>
 * <li>until the token's {@code exp}, or {@code sovplan.token-cache.max-age}, whichever comes first.
 * The cap bounds how long a token stays accepted after Keycloak withdrew its signing key; a token without
 * {@code exp} is not remembered;</li>
 * <li>at most {@code max-size} tokens; Caffeine drops the least useful beyond it, so a flood of distinct
 * tokens costs verification, not memory.</li>
 * </ul>
 *
 * <p>A remembered identity keeps the principal, roles, credentials, the token's scopes as permissions (as
 * Quarkus OIDC grants them) and OIDC's attributes, except the request that first carried the token: each
 * later request gets its own.
 */
@ApplicationScoped
public class VerifiedTokens {

    /** Metric name ({@code cache_gets_total{cache="verified-tokens",result="hit"}} and friends). */
    public static final String CACHE_NAME = "verified-tokens";
    /** Attribute that marks a remembered identity, so that it is not remembered again. */
    static final String REMEMBERED = "sovplan.verified-token";
    private static final String SCOPE_CLAIM = "scope";

    private final boolean enabled;
    private final Duration maxAge;
    private final Clock clock;
    private final Cache<String, SecurityIdentity> cache;

    @Inject
    VerifiedTokens(TokenCacheConfig config, MeterRegistry registry) {
        this(config.enabled(), config.maxSize(), config.maxAge(),
                Ticker.systemTicker(), Clock.systemUTC());
        CaffeineCacheMetrics.monitor(registry, cache, CACHE_NAME);
    }

    VerifiedTokens(boolean enabled, int maxSize, Duration maxAge, Ticker ticker, Clock clock) {
        this.enabled = enabled;
        this.maxAge = maxAge;
        this.clock = clock;
        this.cache = Caffeine.newBuilder()
                .maximumSize(maxSize)
                .expireAfter(Expiry.creating((String token, SecurityIdentity identity) -> lifetime(identity)))
                .ticker(ticker)
                // Housekeeping on the calling thread: a few map operations, no hand-off to another pool.
                .executor(Runnable::run)
                .recordStats()
                .build();
    }

    /** The identity of a token verified earlier and not yet expired, for the request {@code rc}; else null. */
    SecurityIdentity find(String token, RoutingContext rc) {
        if (!enabled) {
            return null;
        }
        SecurityIdentity identity = cache.getIfPresent(token);
        if (identity == null) {
            return null;
        }
        return rc == null ? identity
                : QuarkusSecurityIdentity.builder(identity).addAttribute(RoutingContext.class.getName(), rc).build();
    }

    /** Remembers an identity Quarkus OIDC has just built from a verified bearer token. */
    void remember(SecurityIdentity identity) {
        if (!enabled || identity.isAnonymous() || identity.getAttribute(REMEMBERED) != null
                || !(identity.getPrincipal() instanceof JsonWebToken jwt) || jwt.getExpirationTime() <= 0) {
            return;
        }
        AccessTokenCredential credential = identity.getCredential(AccessTokenCredential.class);
        if (credential == null || credential.getToken() == null) {
            return;
        }
        if (!lifetime(identity).isZero()) {
            cache.put(credential.getToken(), withoutRequest(identity, jwt));
        }
    }

    /** Tokens remembered now (expired ones may linger until the next housekeeping). */
    long size() {
        cache.cleanUp();
        return cache.estimatedSize();
    }

    private Duration lifetime(SecurityIdentity identity) {
        long expiresAt = ((JsonWebToken) identity.getPrincipal()).getExpirationTime();
        Duration left = Duration.ofSeconds(expiresAt).minusMillis(clock.millis());
        if (left.isNegative()) {
            return Duration.ZERO;
        }
        return left.compareTo(maxAge) < 0 ? left : maxAge;
    }

    private static SecurityIdentity withoutRequest(SecurityIdentity identity, JsonWebToken jwt) {
        Map<String, Object> attributes = new HashMap<>(identity.getAttributes());
        attributes.remove(RoutingContext.class.getName());
        attributes.remove(HttpSecurityUtils.ROUTING_CONTEXT_ATTRIBUTE);
        attributes.put(REMEMBERED, Boolean.TRUE);
        return QuarkusSecurityIdentity.builder()
                .setPrincipal(jwt)
                .addRoles(identity.getRoles())
                .addCredentials(identity.getCredentials())
                .addAttributes(attributes)
                .addPermissionsAsString(scopes(jwt))
                .setAnonymous(false)
                .build();
    }

    private static Set<String> scopes(JsonWebToken jwt) {
        Object scope = jwt.getClaim(SCOPE_CLAIM);
        if (scope == null) {
            return Set.of();
        }
        String value = scope instanceof JsonString json ? json.getString() : scope.toString();
        return Arrays.stream(value.split(" ")).filter(s -> !s.isBlank()).collect(Collectors.toSet());
    }
}
