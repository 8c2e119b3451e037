package org.sovplan.tokens;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * {@code sovplan.token-cache.*}: the cache of verified bearer tokens ({@link VerifiedTokens}), in the gateway and
 * in every service. An entry lives until the token expires or for {@link #maxAge()}, whichever comes first; the
 * cap bounds how long a token stays accepted after its signing key was withdrawn.
 */
@ConfigMapping(prefix = "sovplan.token-cache")
public interface TokenCacheConfig {

    /** Off switch: every request's token is then verified from scratch. */
    @WithDefault("true")
    boolean enabled();

    /** Most tokens remembered at once; the least useful are dropped beyond it. */
    @WithDefault("10000")
    int maxSize();

    /** Longest time a verified token is trusted without being verified again. */
    @WithDefault("60s")
    Duration maxAge();
}
