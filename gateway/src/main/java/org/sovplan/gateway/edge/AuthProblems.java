package org.sovplan.gateway.edge;

import java.util.List;
import java.util.UUID;

import org.jboss.logging.Logger;
import org.sovplan.gateway.problem.Problems;

import io.netty.handler.codec.http.HttpResponseStatus;
import io.quarkus.oidc.OIDCException;
import io.quarkus.security.AuthenticationException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.vertx.core.Handler;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;

/**
 * Security failures as problem documents. Quarkus checks tokens (authentication) and the
 * {@code quarkus.http.auth.permission} rules (authorization) itself; these handlers only shape its answers:
 * a bad token or a denied role fails the request and {@link #failure} writes 401 or 403, and an anonymous
 * call to a protected path is answered 401 by {@link #anonymousGate} before the rules would answer it
 * with an empty body.
 */
public final class AuthProblems {

    private static final Logger LOG = Logger.getLogger(AuthProblems.class);
    private static final String WWW_AUTHENTICATE = "WWW-Authenticate";
    /** Retry-After when Keycloak is unreachable: about a Keycloak restart. */
    private static final String RETRY_IDP_AFTER_SECONDS = "10";

    private final List<String> anonymousPaths;

    /**
     * @param anonymousPaths the paths of the {@code anonymous} permission ({@code /q/health/*} style), so
     *        that the gate and the authorization rules read one list
     */
    public AuthProblems(List<String> anonymousPaths) {
        this.anonymousPaths = List.copyOf(anonymousPaths);
    }

    /** Answers an anonymous call to anything but the anonymous paths with 401. */
    public Handler<RoutingContext> anonymousGate() {
        return rc -> {
            if (isAnonymous(rc) && !isAnonymousPath(rc.normalizedPath())) {
                unauthorized(rc);
            } else {
                rc.next();
            }
        };
    }

    /** The failure handler: authentication and authorization failures, and anything unexpected. */
    public Handler<RoutingContext> failure() {
        return rc -> {
            Throwable failure = rc.failure();
            if (rc.response().headWritten()) {
                // Too late for a problem document: the answer has started. Cut it short rather than hang.
                if (!rc.response().ended()) {
                    rc.request().connection().close();
                }
            } else if (failure instanceof AuthenticationException || failure instanceof UnauthorizedException
                    || rc.statusCode() == 401) {
                unauthorized(rc);
            } else if (causedBy(failure, OIDCException.class)) {
                // Keycloak unreachable (at start or for a key refresh): a dependency outage, not the caller's fault.
                LOG.warnf("Identity provider unavailable on %s %s: %s", rc.request().method(), rc.request().path(),
                        failure.getMessage());
                rc.response().putHeader(HttpHeaders.RETRY_AFTER, RETRY_IDP_AFTER_SECONDS);
                Problems.send(rc, 503, "identity-provider-unavailable", "Service unavailable",
                        "the identity provider cannot be reached to check the token; retry later");
            } else if (failure instanceof ForbiddenException || rc.statusCode() == 403) {
                Problems.send(rc, 403, "forbidden", "Forbidden", "your roles do not allow this operation");
            } else if (failure == null && rc.statusCode() >= 400 && rc.statusCode() < 500) {
                HttpResponseStatus status = HttpResponseStatus.valueOf(rc.statusCode());
                Problems.send(rc, status.code(), slug(status.reasonPhrase()), status.reasonPhrase(), null);
            } else {
                String incident = UUID.randomUUID().toString();
                LOG.errorf(failure, "Unexpected failure %s on %s %s", incident, rc.request().method(),
                        rc.request().path());
                Problems.send(rc, 500, "internal", "Internal error",
                        "an unexpected error occurred; quote incident " + incident + " when reporting it");
            }
        };
    }

    boolean isAnonymousPath(String path) {
        for (String pattern : anonymousPaths) {
            if (matches(pattern.trim(), path)) {
                return true;
            }
        }
        return false;
    }

    /** Quarkus's path rule: {@code /a/*} covers {@code /a} and everything below it; other paths are exact. */
    static boolean matches(String pattern, String path) {
        if (pattern.endsWith("/*")) {
            String base = pattern.substring(0, pattern.length() - 2);
            return path.equals(base) || path.startsWith(base + "/");
        }
        return path.equals(pattern);
    }

    private static boolean causedBy(Throwable failure, Class<? extends Throwable> type) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isAnonymous(RoutingContext rc) {
        return !(rc.user() instanceof QuarkusHttpUser user) || user.getSecurityIdentity().isAnonymous();
    }

    /**
     * RFC 6750 §3: no token gets a bare {@code Bearer} challenge; a refused one {@code error="invalid_token"},
     * saying whether it expired, so that a client knows to fetch or refresh a token.
     */
    private static void unauthorized(RoutingContext rc) {
        String authorization = rc.request().getHeader(HttpHeaders.AUTHORIZATION);
        boolean presented = authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)
                && !authorization.substring(7).isBlank();
        String challenge;
        String detail;
        if (!presented) {
            challenge = "Bearer";
            detail = "a bearer token is required (Authorization: Bearer <token>)";
        } else if (expired(rc.failure())) {
            challenge = "Bearer error=\"invalid_token\", error_description=\"The access token expired\"";
            detail = "the bearer token has expired; fetch a new token (or refresh it) and retry";
        } else {
            challenge = "Bearer error=\"invalid_token\", error_description=\"The access token is invalid\"";
            detail = "the bearer token is invalid: its signature, issuer, audience or format was refused";
        }
        rc.response().headers().set(WWW_AUTHENTICATE, challenge);
        Problems.send(rc, 401, "unauthorized", "Unauthorized", detail);
    }

    /** jose4j's {@code InvalidJwtException.hasExpired()} somewhere in the cause chain, or a message saying so. */
    static boolean expired(Throwable failure) {
        for (Throwable cause = failure; cause != null && cause.getCause() != cause; cause = cause.getCause()) {
            if (cause instanceof org.jose4j.jwt.consumer.InvalidJwtException invalid && invalid.hasExpired()) {
                return true;
            }
            String message = cause.getMessage();
            if (message != null && message.toLowerCase(java.util.Locale.ROOT).contains("expired")) {
                return true;
            }
        }
        return false;
    }

    private static String slug(String title) {
        return title.toLowerCase().replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }
}
