package org.sovplan.common.problem;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of the error contract shared by every service ({@code sovplan.problems.*}). */
@ConfigMapping(prefix = "sovplan.problems")
public interface ProblemConfig {

    /** How long a client should wait before retrying after a 503 (the {@code Retry-After} header, whole seconds). */
    @WithDefault("5S")
    Duration retryAfter();
}
