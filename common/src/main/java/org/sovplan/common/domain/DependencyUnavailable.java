package org.sovplan.common.domain;

/**
 * A service this one depends on did not answer usefully, so the request cannot be served now
 * (a 503 with {@code Retry-After} at the REST boundary). The detail names the dependency and what
 * went wrong, in words; the cause stays in the log.
 */
public class DependencyUnavailable extends DomainException {

    private final String dependency;
    private final int retryAfterSeconds;

    public DependencyUnavailable(String dependency, String why, int retryAfterSeconds, Throwable cause) {
        super(dependency + " is unavailable: " + why, cause);
        this.dependency = dependency;
        this.retryAfterSeconds = retryAfterSeconds;
    }

    /** Retry after the service's configured {@code sovplan.problems.retry-after}. */
    public DependencyUnavailable(String dependency, String why, Throwable cause) {
        this(dependency, why, 0, cause);
    }

    public String dependency() {
        return dependency;
    }

    /** Seconds after which a retry has a chance, for the Retry-After header; 0: the configured default. */
    public int retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
