package org.sovplan.gateway.limits;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/** The token bucket on a hand-driven clock: burst, refusal, refill, and forgetting only what is full. */
class TokenBucketsTest {

    long now = 1_000_000_000L;
    final TokenBuckets buckets = new TokenBuckets(2.0, 3, 100, () -> now);

    void advanceMillis(long millis) {
        now += TimeUnit.MILLISECONDS.toNanos(millis);
    }

    @Test
    void aSubjectMayBurstThenWaitsForTheRefill() {
        for (int i = 0; i < 3; i++) {
            assertEquals(0, buckets.tryAcquire("sub:paul"), "request " + i + " of the burst");
        }
        long wait = buckets.tryAcquire("sub:paul");

        // 2 tokens per second: the next one is half a second away.
        assertEquals(500, TimeUnit.NANOSECONDS.toMillis(wait));
        advanceMillis(499);
        assertTrue(buckets.tryAcquire("sub:paul") > 0);
        advanceMillis(1);
        assertEquals(0, buckets.tryAcquire("sub:paul"));
    }

    @Test
    void subjectsHaveTheirOwnBuckets() {
        for (int i = 0; i < 3; i++) {
            buckets.tryAcquire("sub:paul");
        }
        assertTrue(buckets.tryAcquire("sub:paul") > 0);
        assertEquals(0, buckets.tryAcquire("sub:vera"));
        assertEquals(0, buckets.tryAcquire("ip:203.0.113.7"));
    }

    @Test
    void theRefillNeverExceedsTheBurst() {
        buckets.tryAcquire("sub:paul");
        advanceMillis(TimeUnit.HOURS.toMillis(1));
        for (int i = 0; i < 3; i++) {
            assertEquals(0, buckets.tryAcquire("sub:paul"));
        }
        assertTrue(buckets.tryAcquire("sub:paul") > 0);
    }

    @Test
    void onlyBucketsThatHaveRefilledAreForgotten() {
        buckets.tryAcquire("sub:quiet");
        buckets.tryAcquire("sub:busy");
        advanceMillis(250);
        buckets.tryAcquire("sub:busy");

        buckets.forgetIdle();
        assertEquals(2, buckets.size(), "a bucket that is not full yet still limits its subject");

        advanceMillis(1000);
        buckets.forgetIdle();
        assertEquals(0, buckets.size());
    }

    @Test
    void beyondTheSubjectLimitFullBucketsMakeRoom() {
        TokenBuckets small = new TokenBuckets(2.0, 3, 2, () -> now);
        small.tryAcquire("a");
        small.tryAcquire("b");
        advanceMillis(1000);

        small.tryAcquire("c");

        assertEquals(1, small.size());
    }
}
