package org.sovplan.common.security;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How often a service re-reads the identity provider's signing keys ({@code sovplan.security.signing-keys.*}). */
@ConfigMapping(prefix = "sovplan.security.signing-keys")
public interface SigningKeyConfig {

    /** Whether withdrawn signing keys are watched for at all (off: only Quarkus OIDC's own key handling). */
    @WithDefault("true")
    boolean enabled();

    /** How often the realm's key set (JWKS) is read; a withdrawn key stops being trusted within this time. */
    @WithDefault("30S")
    Duration recheckInterval();
}
