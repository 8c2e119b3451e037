package org.sovplan.gateway.limits;

import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * One token bucket per subject, in memory: a bucket holds at most {@code burst} tokens, refills at
 * {@code ratePerSecond}, and each request takes one. Implemented as the generic cell rate algorithm
 * (GCRA), the token bucket's exact integer form: a subject's state is one "theoretical arrival time", and
 * no floating point can round a token away.
 *
 * <p>A full bucket behaves exactly like no bucket, so forgetting full buckets ({@link #forgetIdle}) loses
 * nothing; that is what bounds the memory. Per gateway instance: with N replicas a subject gets up to N
 * times the rate.
 */
public final class TokenBuckets {

    private static final double NANOS_PER_SECOND = 1e9;

    /** Nanoseconds per token. */
    private final long interval;
    /** How far ahead of now a subject's arrival time may run: the burst beyond the first request. */
    private final long tolerance;
    private final int maxSubjects;
    private final LongSupplier nanoClock;
    private final ConcurrentHashMap<String, Cell> cells = new ConcurrentHashMap<>();

    public TokenBuckets(double ratePerSecond, int burst, int maxSubjects, LongSupplier nanoClock) {
        if (ratePerSecond <= 0 || burst < 1) {
            throw new IllegalArgumentException("the rate must be positive and the burst at least 1");
        }
        this.interval = Math.max(1, Math.round(NANOS_PER_SECOND / ratePerSecond));
        this.tolerance = interval * (burst - 1);
        this.maxSubjects = maxSubjects;
        this.nanoClock = nanoClock;
    }

    /**
     * Takes a token for the subject.
     *
     * @return 0 when the request may pass, otherwise the nanoseconds until the next token
     */
    public long tryAcquire(String subject) {
        long now = nanoClock.getAsLong();
        if (cells.size() >= maxSubjects && !cells.containsKey(subject)) {
            forgetIdle();
        }
        return cells.computeIfAbsent(subject, s -> new Cell(now)).take(now, interval, tolerance);
    }

    /** Forgets the subjects whose bucket has refilled completely; run periodically. */
    public void forgetIdle() {
        long now = nanoClock.getAsLong();
        cells.values().removeIf(cell -> cell.isFull(now));
    }

    /** How many subjects are tracked. */
    public int size() {
        return cells.size();
    }

    private static final class Cell {

        /** When the subject's bucket is full again if it makes no further request. */
        private long fullAt;

        Cell(long now) {
            this.fullAt = now;
        }

        synchronized long take(long now, long interval, long tolerance) {
            long start = Math.max(fullAt, now);
            long ahead = start - now;
            if (ahead > tolerance) {
                return ahead - tolerance;
            }
            fullAt = start + interval;
            return 0;
        }

        synchronized boolean isFull(long now) {
            return fullAt <= now;
        }
    }
}
