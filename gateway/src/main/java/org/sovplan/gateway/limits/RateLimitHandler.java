package org.sovplan.gateway.limits;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.sovplan.gateway.problem.Problems;

import io.micrometer.core.instrument.Counter;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.vertx.core.Handler;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;

/**
 * Applies the per-subject rate limit: the token's {@code sub} for authenticated calls, the client address
 * for anonymous ones. Runs after authentication, so a subject is a verified one. A refused call gets 429
 * with {@code Retry-After} (whole seconds until the next token).
 */
public final class RateLimitHandler implements Handler<RoutingContext> {

    private static final double NANOS_PER_SECOND = 1e9;

    private final TokenBuckets buckets;
    private final Counter refused;

    public RateLimitHandler(TokenBuckets buckets, Counter refused) {
        this.buckets = buckets;
        this.refused = refused;
    }

    @Override
    public void handle(RoutingContext rc) {
        long waitNanos = buckets.tryAcquire(subject(rc));
        if (waitNanos == 0) {
            rc.next();
            return;
        }
        refused.increment();
        long retryAfterSeconds = Math.max(1, (long) Math.ceil(waitNanos / NANOS_PER_SECOND));
        rc.response().putHeader(HttpHeaders.RETRY_AFTER, Long.toString(retryAfterSeconds));
        Problems.send(rc, 429, "rate-limited", "Too many requests",
                "the request rate limit is exceeded; retry after " + retryAfterSeconds + " s");
    }

    static String subject(RoutingContext rc) {
        if (rc.user() instanceof QuarkusHttpUser user && !user.getSecurityIdentity().isAnonymous()) {
            SecurityIdentity identity = user.getSecurityIdentity();
            if (identity.getPrincipal() instanceof JsonWebToken jwt && jwt.getSubject() != null) {
                return "sub:" + jwt.getSubject();
            }
            return "principal:" + identity.getPrincipal().getName();
        }
        // The peer address; behind a trusted ingress, quarkus.http.proxy.* makes it the real client's.
        return "ip:" + rc.request().remoteAddress().hostAddress();
    }
}
