package org.sovplan.placement.client;

import java.time.Instant;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.WebApplicationException;

import io.quarkus.oidc.client.OidcClient;
import io.quarkus.oidc.client.Tokens;

/**
 * The service account's bearer token (client credentials) for capacity-service and energy-service. It is
 * fetched on first use and kept until shortly before it expires; a dependency that answers 401 has it
 * dropped and fetched again at once, and the call repeated once with the new token. After a Keycloak
 * restart with new keys, or a key rotation, the first call thus recovers instead of failing until the
 * old token expires.
 */
@ApplicationScoped
public class ServiceToken {

    /** A token this close to its expiry is replaced before use, so that it does not expire in flight. */
    static final long EXPIRY_MARGIN_SECONDS = 10;
    /** With the cached token, then once with a new one. */
    private static final int ATTEMPTS = 2;

    private final OidcClient oidc;
    private volatile Tokens tokens;

    public ServiceToken(OidcClient oidc) {
        this.oidc = oidc;
    }

    /**
     * Runs a call with the token ({@code Bearer ...}); on a 401 fetches a new token and runs it once more.
     *
     * @throws ServiceAccountRefusedException when the dependency refuses the new token too
     */
    <T> T call(String service, Function<String, T> call) {
        for (int attempt = 1;; attempt++) {
            String bearer = bearer();
            try {
                return call.apply(bearer);
            } catch (WebApplicationException e) {
                if (e.getResponse().getStatus() != 401) {
                    throw e;
                }
                refused(bearer);
                if (attempt == ATTEMPTS) {
                    throw new ServiceAccountRefusedException(service, e);
                }
            }
        }
    }

    /** The current token as an Authorization header value, fetched when there is none or it is about to expire. */
    String bearer() {
        Tokens current = tokens;
        if (usable(current)) {
            return "Bearer " + current.getAccessToken();
        }
        return "Bearer " + fetch(current).getAccessToken();
    }

    /** Forgets a token a dependency refused, unless another call has replaced it already. */
    synchronized void refused(String bearer) {
        Tokens current = tokens;
        if (current != null && bearer.equals("Bearer " + current.getAccessToken())) {
            tokens = null;
        }
    }

    private synchronized Tokens fetch(Tokens stale) {
        Tokens current = tokens;
        if (current != stale && usable(current)) {
            return current;
        }
        // Bounded by the callers' fault-tolerance timeouts.
        Tokens fetched = oidc.getTokens().await().indefinitely();
        tokens = fetched;
        return fetched;
    }

    private static boolean usable(Tokens tokens) {
        if (tokens == null || tokens.getAccessToken() == null) {
            return false;
        }
        Long expiresAt = tokens.getAccessTokenExpiresAt();
        return expiresAt == null
                || Instant.now().plusSeconds(EXPIRY_MARGIN_SECONDS).isBefore(Instant.ofEpochSecond(expiresAt));
    }
}
