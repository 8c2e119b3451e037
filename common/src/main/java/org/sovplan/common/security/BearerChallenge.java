package org.sovplan.common.security;

import java.lang.reflect.Method;
import java.util.Locale;

/**
 * The 401 answer to a failed bearer authentication (RFC 6750 §3): no token gets a bare {@code Bearer}
 * challenge; a token that was refused gets {@code error="invalid_token"} with a description that says
 * whether it expired (fetch or refresh a token) or is invalid otherwise (signature, issuer, audience, format).
 *
 * @param header the {@code WWW-Authenticate} value
 * @param detail the problem document's detail
 */
public record BearerChallenge(String header, String detail) {

    /** The answer when the request carried no token at all. */
    public static final BearerChallenge MISSING = new BearerChallenge("Bearer",
            "a bearer token is required (Authorization: Bearer <token>)");

    /** The answer to a token past its {@code exp}. */
    public static final BearerChallenge EXPIRED = new BearerChallenge(
            "Bearer error=\"invalid_token\", error_description=\"The access token expired\"",
            "the bearer token has expired; fetch a new token (or refresh it) and retry");

    /** The answer to any other refused token. */
    public static final BearerChallenge INVALID = new BearerChallenge(
            "Bearer error=\"invalid_token\", error_description=\"The access token is invalid\"",
            "the bearer token is invalid: its signature, issuer, audience or format was refused");

    /**
     * Classifies a failed authentication.
     *
     * @param failure what the authentication mechanism raised (may be null)
     * @param authorization the request's {@code Authorization} header (may be null)
     */
    public static BearerChallenge of(Throwable failure, String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)
                || authorization.substring(7).isBlank()) {
            return MISSING;
        }
        return expired(failure) ? EXPIRED : INVALID;
    }

    /** jose4j's {@code InvalidJwtException.hasExpired()}, found by name so that no JWT library is linked here. */
    static boolean expired(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            try {
                Method hasExpired = cause.getClass().getMethod("hasExpired");
                if (Boolean.TRUE.equals(hasExpired.invoke(cause))) {
                    return true;
                }
            } catch (ReflectiveOperationException | RuntimeException notJose4j) {
                // not a jose4j failure; look at the message instead
            }
            String message = cause.getMessage();
            if (message != null && message.toLowerCase(Locale.ROOT).contains("expir")) {
                return true;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return false;
    }
}
