package org.sovplan.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.restassured.response.Response;

/**
 * energy-service's database crashes (its own PostgreSQL cluster, stopped at once) while writers create grid
 * zones through the gateway: 503 problems with Retry-After during the outage, writes acknowledged again once
 * the database is back, without restarting the service, and every acknowledged zone is stored.
 */
@Tag("fault-injection")
@ExtendWith(StackExtension.class)
class DatabaseOutageTest {

    private static Api api;
    private static Stack stack;

    @BeforeAll
    static void connect(Stack running) {
        stack = running;
        api = new Api(running);
    }

    @Test
    void anOutageIs503ThenRecoversWithoutARestartAndLosesNothing() {
        String run = Fixtures.suffix().toUpperCase().replaceAll("[^A-Z0-9]", "Q");
        WriteLoad load = new WriteLoad(2, n -> {
            String code = "KE-DB" + run + "-" + n;
            return new WriteLoad.Write(code,
                    () -> api.unchecked("ada").body(Fixtures.gridZone(code, "KE")).post("/api/v1/grid-zones"));
        });
        int acknowledgedBeforeOutage;
        int refusedDuringOutage;
        try {
            Awaitility.await("writes acknowledged before the outage").atMost(Duration.ofSeconds(60))
                    .until(() -> load.acknowledgedCount() >= 5);
            stack.privateDatabase().crash();
            Awaitility.await("503 while the database is down").atMost(Duration.ofSeconds(60))
                    .until(() -> load.count(java.util.Set.of(503)) >= 3);
            acknowledgedBeforeOutage = load.acknowledgedCount();
            refusedDuringOutage = load.count(java.util.Set.of(503));
            stack.privateDatabase().start();
            Awaitility.await("writes acknowledged again, same process").atMost(Duration.ofSeconds(90))
                    .until(() -> load.acknowledgedCount() >= acknowledgedBeforeOutage + 5);
        } finally {
            load.close();
            // Whatever happened above, the tests that follow need energy-service's database.
            stack.privateDatabase().ensureStarted();
        }
        List<Response> refusals = load.refusals().stream().filter(r -> r.statusCode() == 503).toList();
        assertFalse(refusals.isEmpty(), "no 503 recorded");
        for (Response refusal : refusals) {
            assertTrue(refusal.contentType().startsWith("application/problem+json"), refusal.contentType());
            assertTrue(refusal.header("Retry-After") != null, "503 without Retry-After: " + refusal.asString());
        }
        List<String> acknowledged = load.acknowledgedKeys();
        long lost = acknowledged.stream()
                .filter(code -> api.as("vera").get("/api/v1/grid-zones/" + code).statusCode() != 200).count();
        System.out.printf("[fault] energy-service database down and up: %d requests, %d acknowledged, %d answered 503 "
                + "during the outage, %d other 5xx or unanswered, %d acknowledged writes lost; "
                + "answers=%s%n", load.sent(), acknowledged.size(), refusedDuringOutage,
                load.serverErrorsOrHangs(), lost, load.statuses());
        assertEquals(0, lost, "acknowledged zones missing after the outage");
        assertEquals(0, load.serverErrorsOrHangs(), "server errors other than 502/503/504, or no answer: "
                + load.statuses() + " " + load.noAnswers());
        assertTrue(load.unexpected().isEmpty(), "answers other than 2xx or a retryable refusal: " + load.unexpected());
        assertTrue(stack.isRunning("energy-service"), "energy-service should have recovered without a restart");
    }
}
