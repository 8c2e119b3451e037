package org.sovplan.system;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * placement-service killed (kill -9) while it solves a plan: after its restart the plan ends FAILED when its
 * lease runs out, instead of staying SOLVING for ever, and a new plan is solved normally.
 */
@Tag("fault-injection")
@ExtendWith(StackExtension.class)
class PlacementRestartDuringSolveTest {

    private static Api api;
    private static Stack stack;

    @BeforeAll
    static void connect(Stack running) {
        stack = running;
        api = new Api(running);
    }

    @Test
    void aSolveInterruptedByACrashEndsFailedAndTheNextPlanCompletes() {
        Scenario scenario = Scenario.create(api, "UG", 4);
        String workload = scenario.workload();
        String interrupted = scenario.startPlan(60, workload);
        scenario.awaitStatus(interrupted, Duration.ofSeconds(90), "SOLVING");
        try {
            stack.kill("placement-service");
        } finally {
            stack.restart("placement-service");
        }
        String ended = scenario.awaitStatus(interrupted, Duration.ofSeconds(90), "FAILED", "COMPLETED", "CANCELLED");
        String next = scenario.startPlan(5, workload);
        String nextEnded = scenario.awaitStatus(next, Duration.ofSeconds(120), "FAILED", "COMPLETED", "CANCELLED");
        System.out.printf("[fault] kill -9 placement-service during a solve: plans=2 interrupted=%s next=%s "
                + "stuck=0%n", ended, nextEnded);
        assertEquals("FAILED", ended, "the interrupted solve should end FAILED when its lease runs out");
        assertEquals("COMPLETED", nextEnded);
    }
}
