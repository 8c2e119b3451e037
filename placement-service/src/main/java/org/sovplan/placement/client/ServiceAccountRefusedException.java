package org.sovplan.placement.client;

import jakarta.ws.rs.WebApplicationException;

/**
 * A dependency answered 401 to the service account's token, and again to a newly fetched one: a
 * configuration or identity-provider problem, not an outage. It is neither retried nor counted by the
 * circuit breaker (retrying cannot help, and an open circuit would hide the cause).
 */
public class ServiceAccountRefusedException extends RuntimeException {

    private final String service;

    public ServiceAccountRefusedException(String service, WebApplicationException cause) {
        super(service + " answered 401 to the service account's token", cause);
        this.service = service;
    }

    public String service() {
        return service;
    }
}
