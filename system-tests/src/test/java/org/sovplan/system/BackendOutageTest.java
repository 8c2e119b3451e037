package org.sovplan.system;


import java.time.Duration;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** A backend killed mid-run gives a 503 problem through the gateway, never a hang, and the route recovers when it returns. */
@ExtendWith(StackExtension.class)
class BackendOutageTest {

    private static Api api;
    private static Stack stack;

    @BeforeAll
    static void connect(Stack running) {
        stack = running;
        api = new Api(running);
    }

    @Test
    void energyDownThenBack() {
        api.as("vera").get("/api/v1/grid-zones").then().statusCode(200);
        stack.stop("energy-service");
        try {
            api.as("vera").get("/api/v1/grid-zones").then().statusCode(503)
                    .contentType("application/problem+json");
            // The other services are unaffected.
            api.as("vera").get("/api/v1/sites").then().statusCode(200);
        } finally {
            stack.restart("energy-service");
        }
        Awaitility.await("energy back through the gateway").atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(500))
                .until(() -> api.as("vera").get("/api/v1/grid-zones").statusCode() == 200);
    }
}
