package org.sovplan.system;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
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

    private final ExecutorService writers;
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final AtomicInteger sequence = new AtomicInteger();
    private final Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
    private final ConcurrentLinkedQueue<String> acknowledged = new ConcurrentLinkedQueue<>();
    private final ConcurrentLinkedQueue<Response> refusals = new ConcurrentLinkedQueue<>();

    /**
     * Starts {@code threads} writers; each write is {@code write.apply(n)} for a fresh n, answering the key of
     * what it created.
     */
    WriteLoad(int threads, IntFunction<Write> write) {
        writers = Executors.newFixedThreadPool(threads);
        for (int i = 0; i < threads; i++) {
            writers.submit(() -> {
                while (running.get()) {
                    Write w = write.apply(sequence.incrementAndGet());
                    Response response = w.send().get();
                    statuses.computeIfAbsent(response.statusCode(), s -> new AtomicInteger()).incrementAndGet();
                    if (response.statusCode() / 100 == 2) {
                        acknowledged.add(w.key() != null ? w.key() : response.path("id"));
                    } else if (REFUSALS.contains(response.statusCode()) && refusals.size() < 50) {
                        refusals.add(response);
                    }
                }
                return null;
            });
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

    /** Answers that are neither an acknowledgement nor a refusal a client can retry (should be none). */
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
