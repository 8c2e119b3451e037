package org.sovplan.capacity.reservation;

import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;
import org.sovplan.capacity.CapacityConfig;

import io.quarkus.scheduler.Scheduled;

/** Forgets Idempotency-Keys past their retention, so that the table does not grow without end. */
@ApplicationScoped
public class IdempotencyKeyCleanup {

    private static final Logger LOG = Logger.getLogger(IdempotencyKeyCleanup.class);

    private final IdempotencyKeyRepository keys;
    private final CapacityConfig config;

    public IdempotencyKeyCleanup(IdempotencyKeyRepository keys, CapacityConfig config) {
        this.keys = keys;
        this.config = config;
    }

    @Scheduled(every = "1h", delayed = "5m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    @Transactional
    void forgetExpired() {
        long forgotten = keys.forgetOlderThan(Instant.now().minus(config.idempotencyRetention()));
        if (forgotten > 0) {
            LOG.infof("Forgot %d expired Idempotency-Keys", forgotten);
        }
    }
}
