package org.sovplan.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * kill -9 of capacity-service while writers create sites through the gateway: every answer is an
 * acknowledgement or a retryable refusal (no hang, no 500), and every acknowledged site is there after
 * the service is back.
 */
@Tag("fault-injection")
@ExtendWith(StackExtension.class)
class BackendKillUnderLoadTest {

    private static Api api;
    private static Stack stack;

    @BeforeAll
    static void connect(Stack running) {
        stack = running;
        api = new Api(running);
    }

    @Test
    void killedBackendLosesNoAcknowledgedWrite() {
        api.as("ada").body(Fixtures.kenya()).post("/api/v1/regions");
        String run = Fixtures.suffix();
        WriteLoad load = new WriteLoad(2, n -> new WriteLoad.Write(null, () -> api.unchecked("ada")
                .body(Fixtures.site("Fault site " + run + " " + n, "KE", "KE", java.util.Map.of()))
                .post("/api/v1/sites")));
        try {
            Awaitility.await("writes acknowledged before the kill").atMost(Duration.ofSeconds(60))
                    .until(() -> load.acknowledgedCount() >= 5);
            stack.kill("capacity-service");
            int before = load.sent();
            Awaitility.await("writes refused while capacity-service is down").atMost(Duration.ofSeconds(60))
                    .until(() -> load.sent() >= before + 5);
            stack.restart("capacity-service");
            int acknowledgedAfterRestart = load.acknowledgedCount();
            Awaitility.await("writes acknowledged after the restart").atMost(Duration.ofSeconds(60))
                    .until(() -> load.acknowledgedCount() >= acknowledgedAfterRestart + 5);
        } finally {
            load.close();
            stack.restart("capacity-service");
        }
        List<String> acknowledged = load.acknowledgedKeys();
        long lost = acknowledged.stream()
                .filter(id -> api.as("vera").get("/api/v1/sites/" + id).statusCode() != 200).count();
        int serverErrorsOrHangs = load.serverErrorsOrHangs();
        System.out.printf("[fault] kill -9 capacity-service under load: %d requests, %d acknowledged, %d refused "
                + "(502/503), %d timed out (504), %d other 5xx or unanswered, %d acknowledged writes lost; "
                + "answers=%s%n", load.sent(), acknowledged.size(), load.count(java.util.Set.of(502, 503)),
                load.count(java.util.Set.of(504)), serverErrorsOrHangs, lost, load.statuses());
        assertEquals(0, lost, "acknowledged sites missing after the restart");
        assertEquals(0, serverErrorsOrHangs, "server errors other than 502/503/504, or no answer: "
                + load.statuses() + " " + load.noAnswers());
        assertTrue(load.unexpected().isEmpty(), "answers other than 2xx or a retryable refusal: " + load.unexpected());
        assertTrue(load.count(WriteLoad.REFUSALS) > 0, "the outage should have refused some writes");
    }
}
