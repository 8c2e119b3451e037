package org.sovplan.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Two plans made over the same single edge module, committed at the same moment: each plan alone fits, both
 * together do not. One commit reserves the module; the pool is never over-allocated, and what it counts as
 * reserved is exactly what the active reservations hold.
 */
@Tag("fault-injection")
@ExtendWith(StackExtension.class)
class ConcurrentCommitsTest {

    private static Api api;

    @BeforeAll
    static void connect(Stack running) {
        api = new Api(running);
    }

    @Test
    void concurrentCommitsNeverOverAllocate() {
        Scenario scenario = Scenario.create(api, "RW", 1);
        String first = scenario.startPlan(5, scenario.workload());
        String second = scenario.startPlan(5, scenario.workload());
        for (String plan : List.of(first, second)) {
            assertEquals("COMPLETED", scenario.awaitStatus(plan, Duration.ofSeconds(120), "COMPLETED", "FAILED"));
            assertEquals(1, api.as("vera").get(plan).jsonPath().getList("result.assignments").size(),
                    plan + " should place its workload on the one module");
        }
        CompletableFuture<Integer> a = CompletableFuture.supplyAsync(
                () -> api.unchecked("paul").post(first + "/commit").statusCode());
        CompletableFuture<Integer> b = CompletableFuture.supplyAsync(
                () -> api.unchecked("paul").post(second + "/commit").statusCode());
        List<Integer> answers = List.of(a.join(), b.join());
        Map<String, Object> pool = scenario.pool();
        int installed = ((Number) pool.get("installed")).intValue();
        int reserved = ((Number) pool.get("reserved")).intValue();
        int held = scenario.activeReservedGpus();
        long committed = answers.stream().filter(s -> s == 200).count();
        System.out.printf("[fault] concurrent commits of two plans over one pool: answers=%s installed=%d "
                + "reserved=%d held-by-active-reservations=%d over-allocated=%d%n", answers, installed, reserved,
                held, Math.max(0, reserved - installed));
        assertTrue(reserved <= installed, "over-allocated: " + reserved + " of " + installed);
        assertEquals(held, reserved, "the pool's reserved count differs from its active reservations");
        assertEquals(1, committed, "exactly one commit should succeed: " + answers);
        assertTrue(answers.stream().allMatch(s -> s == 200 || s == 409), "answers " + answers);
    }
}
