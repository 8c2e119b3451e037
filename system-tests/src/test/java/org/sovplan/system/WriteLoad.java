package org.sovplan.system;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;

import io.restassured.response.Response;

/**
 * Writers that create resources through the gateway while a test injects a fault, and the bookkeeping of
 * what happened: every answer's status, and the keys of the writes the stack acknowledged (2xx), which must
 * all be found afterwards.
 */
final class WriteLoad implements AutoCloseable {

    /** Answers a client must be ready for during an outage: the write was not done, and may be retried. */
    static final Set<Integer> REFUSALS = Set.of(429, 502, 503, 504);
    /**
     * Recorded as the status of a write that got no answer at all (connection failed, or no answer within
     * {@link #NO_ANSWER_AFTER_MS}): a client left hanging, never acceptable.
     */
    static final int NO_ANSWER = 0;
    /** A writer's pause after a refusal. */
    private static final long BACK_OFF_MS = 250;
    /** Far above the gateway's longest response timeout (30 s), so that only a hang reaches it. */
    static final int NO_ANSWER_AFTER_MS = 90_000;

    private final ScheduledExecutorService writers;
    private final IntFunction<Write> write;
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final AtomicInteger sequence = new AtomicInteger();
    private final Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
    private final ConcurrentLinkedQueue<String> acknowledged = new ConcurrentLinkedQueue<>();
    private final ConcurrentLinkedQueue<Response> refusals = new ConcurrentLinkedQueue<>();
    private final ConcurrentLinkedQueue<String> noAnswer = new ConcurrentLinkedQueue<>();

    /**
     * Starts {@code threads} writers; each write is {@code write.apply(n)} for a fresh n, answering the key of
     * what it created. A writer's next write follows its answer at once, or {@link #BACK_OFF_MS} after a
     * refusal, as a client would pace itself: retrying at once would only load the machine on which the
     * refused service is starting again. The pause is shorter than {@code Retry-After} so that an outage still
     * meets many writes.
     */
    WriteLoad(int threads, IntFunction<Write> write) {
        this.write = write;
        writers = Executors.newScheduledThreadPool(threads);
        for (int i = 0; i < threads; i++) {
            writers.execute(this::writeOnce);
        }
    }

    /** One write and its bookkeeping, then the writer's next write, scheduled. */
    private void writeOnce() {
        if (!running.get()) {
            return;
        }
        Write w = write.apply(sequence.incrementAndGet());
        long next = 0;
        try {
            Response response = w.send().get();
            statuses.computeIfAbsent(response.statusCode(), s -> new AtomicInteger()).incrementAndGet();
            if (response.statusCode() / 100 == 2) {
                acknowledged.add(w.key() != null ? w.key() : response.path("id"));
            } else if (REFUSALS.contains(response.statusCode())) {
                if (refusals.size() < 50) {
                    refusals.add(response);
                }
                next = BACK_OFF_MS;
            }
        } catch (RuntimeException e) {
            statuses.computeIfAbsent(NO_ANSWER, s -> new AtomicInteger()).incrementAndGet();
            noAnswer.add(e.toString());
        }
        if (running.get()) {
            try {
                writers.schedule(this::writeOnce, next, TimeUnit.MILLISECONDS);
            } catch (RejectedExecutionException closing) {
                // close() shut the writers down between the check and the schedule: nothing more to write
            }
        }
    }

    /** One write: the key of what it creates (null: the {@code id} of the answer) and how to send it. */
    record Write(String key, java.util.function.Supplier<Response> send) {
    }

    int sent() {
        return statuses.values().stream().mapToInt(AtomicInteger::get).sum();
    }

    int acknowledgedCount() {
        return acknowledged.size();
    }

    int count(Set<Integer> codes) {
        return statuses.entrySet().stream().filter(e -> codes.contains(e.getKey()))
                .mapToInt(e -> e.getValue().get()).sum();
    }

    /**
     * How many answers were a server error other than the gateway's refusals (502, 503, 504: the write was
     * not acknowledged and may be retried), or no answer at all: a 500 or a hang. Should be none.
     */
    int serverErrorsOrHangs() {
        return statuses.entrySet().stream()
                .filter(e -> (e.getKey() / 100 == 5 && !REFUSALS.contains(e.getKey())) || e.getKey() == NO_ANSWER)
                .mapToInt(e -> e.getValue().get()).sum();
    }

    /** Why writes got no answer (should be none). */
    List<String> noAnswers() {
        return List.copyOf(noAnswer);
    }

    /** Answers that are neither an acknowledgement nor a refusal a client can retry, nor a hang (should be none). */
    Map<Integer, Integer> unexpected() {
        Map<Integer, Integer> odd = new java.util.TreeMap<>();
        statuses.forEach((status, n) -> {
            if (status / 100 != 2 && !REFUSALS.contains(status)) {
                odd.put(status, n.get());
            }
        });
        return odd;
    }

    List<String> acknowledgedKeys() {
        return List.copyOf(acknowledged);
    }

    List<Response> refusals() {
        return List.copyOf(refusals);
    }

    Map<Integer, Integer> statuses() {
        Map<Integer, Integer> copy = new java.util.TreeMap<>();
        statuses.forEach((status, n) -> copy.put(status, n.get()));
        return copy;
    }

    /** Stops the writers and waits for their last answers. */
    @Override
    public void close() {
        running.set(false);
        writers.shutdown();
        try {
            if (!writers.awaitTermination(60, TimeUnit.SECONDS)) {
                writers.shutdownNow();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
