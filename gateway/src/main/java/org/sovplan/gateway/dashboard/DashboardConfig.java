package org.sovplan.gateway.dashboard;

import java.net.URI;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The planner's dashboard served at {@code /} (docs/dashboard.md). */
@ConfigMapping(prefix = "sovplan.dashboard")
public interface DashboardConfig {

    /** Whether the gateway serves the dashboard; off, {@code /} answers like any unknown path. */
    @WithDefault("true")
    boolean enabled();

    /**
     * The realm URL browsers sign in at, when it differs from the one the gateway checks tokens against
     * ({@code quarkus.oidc.auth-server-url}), e.g. Keycloak's public address in a cluster.
     */
    Optional<URI> authServerUrl();

    /** The realm's public client the dashboard signs in with (authorization code flow with PKCE). */
    @WithDefault("sovplan-web")
    String clientId();
}
