package org.sovplan.placement.client;

import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;

import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;
import org.sovplan.common.domain.DependencyUnavailable;
import org.sovplan.common.domain.DomainException;

/** Turns a failed call to capacity-service or energy-service into a {@link DependencyUnavailable} with a clear reason. */
public final class Dependencies {

    private static final org.jboss.logging.Logger LOG = org.jboss.logging.Logger.getLogger(Dependencies.class);

    private Dependencies() {
    }

    /** A 503 naming the service and what went wrong, without internals (logged, with the cause). */
    public static DependencyUnavailable unavailable(String service, Throwable failure) {
        LOG.warnf(failure, "Call to %s failed", service);
        return new DependencyUnavailable(service, describe(failure), failure);
    }

    /** What went wrong, in words. */
    public static String describe(Throwable failure) {
        if (failure instanceof DomainException domain) {
            return domain.getMessage();
        }
        if (failure instanceof ServiceAccountRefusedException) {
            return "it refused placement-service's service-account token (HTTP 401), also a newly fetched one;"
                    + " check the sovplan-placement client and the identity provider";
        }
        if (failure instanceof CircuitBreakerOpenException) {
            return "its circuit breaker is open after repeated failures; try again shortly";
        }
        if (failure instanceof TimeoutException) {
            return "it did not answer in time";
        }
        if (failure instanceof WebApplicationException web) {
            return "it answered HTTP " + web.getResponse().getStatus();
        }
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof io.quarkus.oidc.client.OidcClientException) {
                return "the service account could not get a token from the identity provider";
            }
        }
        if (failure instanceof ProcessingException) {
            return "it cannot be reached";
        }
        return "the call failed; the service log has the details";
    }

    /** The HTTP status of a failed call, or 0 when there was no answer. */
    static int status(Throwable failure) {
        return failure instanceof WebApplicationException web ? web.getResponse().getStatus() : 0;
    }
}
