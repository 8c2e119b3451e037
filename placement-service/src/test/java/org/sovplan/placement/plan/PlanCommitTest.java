package org.sovplan.placement.plan;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.sovplan.placement.plan.CommitStubs.activeByReference;
import static org.sovplan.placement.plan.CommitStubs.commit;
import static org.sovplan.placement.plan.CommitStubs.commitState;
import static org.sovplan.placement.plan.CommitStubs.fails;
import static org.sovplan.placement.plan.CommitStubs.keys;
import static org.sovplan.placement.plan.CommitStubs.noneByReference;
import static org.sovplan.placement.plan.CommitStubs.refuses;
import static org.sovplan.placement.plan.CommitStubs.released;
import static org.sovplan.placement.plan.CommitStubs.releases;
import static org.sovplan.placement.plan.CommitStubs.reservationCalls;
import static org.sovplan.placement.plan.CommitStubs.reserves;
import static org.sovplan.placement.plan.CommitStubs.wiremock;
import static org.sovplan.placement.plan.PlanApi.awaitStatus;
import static org.sovplan.placement.plan.PlanApi.request;
import static org.sovplan.placement.plan.PlanApi.start;
import static org.sovplan.placement.plan.PlanApi.training;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sovplan.placement.support.FixturePlanningDataSource;
import org.sovplan.placement.support.Instances;
import org.sovplan.testsupport.TestTokens;

import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;

/**
 * The commit saga against capacity-service's reservation contract, its failure modes played by
 * WireMock: a refused reservation undoes the commit; an outage keeps it, and a retry finishes it
 * with the same keys (no orphan, no duplicate); the reconciler undoes a commit nobody finished;
 * two plans committing one workload at once book it once.
 */
@QuarkusTest
class PlanCommitTest {

    @Inject
    FixturePlanningDataSource data;

    @Inject
    CircuitBreakerMaintenance breakers;

    @Inject
    CommitReconciler reconciler;

    @BeforeEach
    void capacity() {
        breakers.resetAll();
        noneByReference();
        data.use(Instances.create().zone("KE", 70, 100, 100).zone("UG", 300, 80, 100)
                .site("Nairobi", "KE", 3, "KE", 50, -1.29, 36.82, "GPU_X", 10)
                .site("Kampala", "UG", 2, "UG", 50, 0.35, 32.58, "GPU_X", 100)
                .problem().inputs());
    }

    @AfterEach
    void clear() {
        data.clear();
        wiremock().resetAll();
        breakers.resetAll();
    }

    private static String solved(String... workloads) {
        String plan = start(request(5, workloads));
        awaitStatus(plan, "COMPLETED");
        return plan;
    }

    /** A solved plan of a Kenyan and a Ugandan workload, where reserving the Kenyan one answers {@code first}. */
    private record TwoWorkloads(String kenya, String uganda, String plan, String first) {

        static TwoWorkloads solvedAndKenyaReservable(String name) {
            String kenya = training(name + " KE", 2, "KE", 9);
            String uganda = training(name + " UG", 2, "UG", 5);
            String plan = solved(kenya, uganda);
            String first = UUID.randomUUID().toString();
            reserves(plan, kenya, first);
            return new TwoWorkloads(kenya, uganda, plan, first);
        }
    }

    @Test
    void aRefusedReservationUndoesTheCommitAndANewCommitReservesOnce() {
        TwoWorkloads two = TwoWorkloads.solvedAndKenyaReservable("Commit");
        String kenya = two.kenya();
        String uganda = two.uganda();
        String plan = two.plan();
        String first = two.first();
        String second = UUID.randomUUID().toString();
        refuses(plan, uganda);
        releases(204);

        commit(plan).then().statusCode(409).contentType("application/problem+json")
                .body("detail", containsString("refused")).body("detail", containsString("undone"));
        assertThat(commitState(plan)).isEqualTo("ABORTED");
        if (!reservationCalls(plan, kenya).isEmpty()) {
            assertThat(released(first, second)).containsExactly(first);
        }
        List<String> abortedKeys = new ArrayList<>(keys(reservationCalls(plan, uganda)));

        reserves(plan, uganda, second);
        commit(plan).then().statusCode(200).body("state", equalTo("COMMITTED"))
                .body("reservations.reservationId", org.hamcrest.Matchers.containsInAnyOrder(first, second));
        // A new commit after an undone one is a new saga: new keys, each starting with the plan.
        assertThat(keys(reservationCalls(plan, uganda))).hasSize(2).containsAll(abortedKeys)
                .allMatch(k -> k.startsWith("plan-" + plan + "-"));
        int calls = wiremock().getAllServeEvents().size();

        commit(plan).then().statusCode(200).body("reservations.size()", equalTo(2));
        assertThat(wiremock().getAllServeEvents()).hasSize(calls);
        given().auth().oauth2(TestTokens.viewer()).get("/api/v1/plans/" + plan).then()
                .body("commit.state", equalTo("COMMITTED")).body("commit.reservations.size()", equalTo(2));
    }

    @Test
    void anOutageKeepsTheCommitAndARetryFinishesItWithTheSameKeys() {
        TwoWorkloads two = TwoWorkloads.solvedAndKenyaReservable("Outage");
        String kenya = two.kenya();
        String uganda = two.uganda();
        String plan = two.plan();
        String first = two.first();
        String second = UUID.randomUUID().toString();
        fails(plan, uganda);

        commit(plan).then().statusCode(503).contentType("application/problem+json")
                .header("Retry-After", notNullValue())
                .body("detail", containsString("capacity-service is unavailable"))
                .body("detail", containsString("commit again"));
        assertThat(commitState(plan)).isEqualTo("COMMITTING");

        // capacity-service is back (and the circuit breaker closed again).
        breakers.resetAll();
        reserves(plan, uganda, second);
        commit(plan).then().statusCode(200).body("state", equalTo("COMMITTED"))
                .body("reservations.reservationId", org.hamcrest.Matchers.containsInAnyOrder(first, second));

        // No orphan (nothing released, nothing left), no duplicate: each workload had one key throughout.
        assertThat(released(first, second)).isEmpty();
        assertThat(keys(reservationCalls(plan, kenya))).hasSize(1);
        assertThat(keys(reservationCalls(plan, uganda))).hasSize(1);
    }

    @Test
    void theReconcilerUndoesACommitNobodyFinishedRetryingUntilCapacityAnswers() {
        TwoWorkloads two = TwoWorkloads.solvedAndKenyaReservable("Orphan");
        String kenya = two.kenya();
        String uganda = two.uganda();
        String plan = two.plan();
        String first = two.first();
        String lost = UUID.randomUUID().toString();
        fails(plan, uganda);
        commit(plan).then().statusCode(503);
        boolean kenyaReserved = !reservationCalls(plan, kenya).isEmpty();

        // The failed call did reserve, but its answer was lost: only its reference finds it.
        activeByReference(plan, uganda, lost);
        breakers.resetAll();
        releases(500);
        reconciler.reconcile(Duration.ZERO);
        assertThat(commitState(plan)).isEqualTo("ABORTING");

        breakers.resetAll();
        releases(204);
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100)).until(() -> {
            reconciler.reconcile(Duration.ZERO);
            return "ABORTED".equals(commitState(plan));
        });
        assertThat(released(lost)).contains(lost);
        if (kenyaReserved) {
            assertThat(released(first)).contains(first);
        }
        given().auth().oauth2(TestTokens.viewer()).get("/api/v1/plans/" + plan).then()
                .body("commit.failure", containsString("abandoned"))
                .body("commit.reservations.state", org.hamcrest.Matchers.everyItem(equalTo("UNDONE")));
    }

    @Test
    void twoPlansCommittingOneWorkloadAtOnceBookItOnce() throws Exception {
        String shared = training("Shared", 2, "KE", 9);
        String a = solved(shared);
        String b = solved(shared);
        String atA = UUID.randomUUID().toString();
        String atB = UUID.randomUUID().toString();
        reserves(a, shared, atA);
        reserves(b, shared, atB);
        List<Integer> statuses = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Integer>> answers = pool.invokeAll(List.<Callable<Integer>>of(
                    () -> commit(a).statusCode(), () -> commit(b).statusCode()));
            for (Future<Integer> answer : answers) {
                statuses.add(answer.get());
            }
        } finally {
            pool.shutdown();
        }
        assertThat(statuses).containsExactlyInAnyOrder(200, 409);
        assertThat(reservationCalls(a, shared).size() + reservationCalls(b, shared).size()).isEqualTo(1);
        assertThat(released(atA, atB)).isEmpty();
    }

    @Test
    void onlyPlannersOfThePlansRegionsCommit() {
        String plan = solved(training("Commit scope", 2, "KE", 5));
        given().auth().oauth2(TestTokens.viewer()).post("/api/v1/plans/" + plan + "/commit").then().statusCode(403);
        given().auth().oauth2(TestTokens.user("ug").roles("planner").regions("UG").sign())
                .post("/api/v1/plans/" + plan + "/commit").then().statusCode(403);
        assertThat(commitState(plan)).isNull();
    }
}
