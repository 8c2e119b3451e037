package org.sovplan.gateway.routing;

import java.util.concurrent.TimeoutException;

/**
 * Why a backend gave no usable answer, and how the gateway says so. The distinction matters to callers:
 * 503 (nothing listening, or no connection in time) is worth retrying later, 504 (the backend accepted the
 * request but did not answer in time) may mean the work was done, 502 (the connection broke) is neither.
 */
enum BackendFailure {

    UNAVAILABLE(503, "backend-unavailable", "Service unavailable",
            "the %s service cannot be reached; retry later"),
    TIMEOUT(504, "gateway-timeout", "Gateway timeout",
            "the %s service did not answer within %d ms"),
    BAD_GATEWAY(502, "bad-gateway", "Bad gateway",
            "the %s service broke off the exchange");

    final int status;
    final String slug;
    final String title;
    private final String detail;

    BackendFailure(int status, String slug, String title, String detail) {
        this.status = status;
        this.slug = slug;
        this.title = title;
        this.detail = detail;
    }

    String detail(BackendRoute route) {
        return detail.formatted(route.backend(), route.responseTimeout().toMillis());
    }

    /** Marks a failure to obtain a connection, as opposed to one on an established exchange. */
    static final class NoConnectionException extends RuntimeException {
        NoConnectionException(Throwable cause) {
            super(cause.getMessage(), cause, false, false);
        }
    }

    static BackendFailure of(Throwable failure) {
        if (failure instanceof NoConnectionException) {
            return UNAVAILABLE;
        }
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof TimeoutException) {
                return TIMEOUT;
            }
        }
        return BAD_GATEWAY;
    }
}
