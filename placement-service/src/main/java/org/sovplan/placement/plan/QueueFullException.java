package org.sovplan.placement.plan;

/** The solve queue is full; answered 429 with Retry-After. */
public class QueueFullException extends RuntimeException {

    private final int retryAfterSeconds;

    public QueueFullException(int retryAfterSeconds) {
        super("the solve queue is full; try again in " + retryAfterSeconds + " s");
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public int retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
