package org.sovplan.placement.plan;

import java.util.concurrent.Semaphore;

import jakarta.enterprise.context.ApplicationScoped;

import org.sovplan.placement.config.PlacementConfig;

/**
 * Bounds the plans queued or solving at once; beyond the capacity a new plan is refused with
 * 429 instead of waiting without end.
 */
@ApplicationScoped
public class PlanQueue {

    private final Semaphore slots;
    private final int retryAfterSeconds;

    public PlanQueue(PlacementConfig config) {
        this.slots = new Semaphore(config.plans().queueCapacity());
        this.retryAfterSeconds = config.plans().retryAfterSeconds();
    }

    /** Takes a slot or refuses with 429. */
    public void enter() {
        if (!slots.tryAcquire()) {
            throw new QueueFullException(retryAfterSeconds);
        }
    }

    /** Gives a slot back when a plan ends (or was never started). */
    public void leave() {
        slots.release();
    }

    /** Free slots now, for health and tests. */
    public int free() {
        return slots.availablePermits();
    }
}
