package org.sovplan.placement.plan;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.sovplan.placement.plan.CommitStubs.commit;
import static org.sovplan.placement.plan.CommitStubs.noneByReference;
import static org.sovplan.placement.plan.CommitStubs.release;
import static org.sovplan.placement.plan.CommitStubs.released;
import static org.sovplan.placement.plan.CommitStubs.releases;
import static org.sovplan.placement.plan.CommitStubs.reservationCalls;
import static org.sovplan.placement.plan.CommitStubs.reserves;
import static org.sovplan.placement.plan.CommitStubs.wiremock;
import static org.sovplan.placement.plan.PlanApi.awaitStatus;
import static org.sovplan.placement.plan.PlanApi.request;
import static org.sovplan.placement.plan.PlanApi.start;
import static org.sovplan.placement.plan.PlanApi.training;

import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sovplan.placement.support.FixturePlanningDataSource;
import org.sovplan.placement.support.Instances;
import org.sovplan.testsupport.TestTokens;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;

/**
 * Re-planning workloads that hold reservations of a committed plan: pinned by default, moved on
 * request (the commit releases the old reservation before it reserves the new one), twice; and
 * releasing plans, by the planner who committed them or an admin, until nothing is held.
 */
@QuarkusTest
class PlanReplanTest {

    @Inject
    FixturePlanningDataSource data;

    @Inject
    CircuitBreakerMaintenance breakers;

    @BeforeEach
    void capacity() {
        breakers.resetAll();
        noneByReference();
        releases(204);
        data.use(Instances.create().zone("KE", 70, 100, 100)
                .site("Nairobi", "KE", 3, "KE", 50, -1.29, 36.82, "GPU_X", 10)
                .problem().inputs());
    }

    @AfterEach
    void clear() {
        data.clear();
        wiremock().resetAll();
        breakers.resetAll();
    }

    private static String solved(Map<String, Object> request) {
        String plan = start(request);
        awaitStatus(plan, "COMPLETED");
        return plan;
    }

    private static Map<String, Object> moving(String... workloads) {
        Map<String, Object> body = request(5, workloads);
        body.put("committedWorkloads", "MOVE");
        return body;
    }

    private static JsonPath plan(String id) {
        return given().auth().oauth2(TestTokens.viewer()).get("/api/v1/plans/" + id).then().statusCode(200).extract()
                .jsonPath();
    }

    /**
     * Commits a solved plan whose only workload is {@code workload}; answers the reservation id. A
     * 503 (the service account's token call can be slow on a busy machine) is answered as a
     * planner would: by asking again, which finishes the same commit.
     */
    private static String committed(String planId, String workload) {
        String reservation = UUID.randomUUID().toString();
        reserves(planId, workload, reservation);
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                .until(() -> commit(planId).statusCode() != 503);
        commit(planId).then().statusCode(200).body("state", equalTo("COMMITTED"));
        return reservation;
    }

    @Test
    void committedWorkloadsArePinnedOrMovedTwiceAndReleasingLeavesNothingHeld() {
        String w = training("Replan", 2, "KE", 9);
        String other = training("Replan other", 2, "KE", 5);
        String p = solved(request(5, w));
        String held = committed(p, w);
        // The reservation carries the assignment's exact IT power, to the watt.
        BigDecimal itMw = new BigDecimal(plan(p).getString("result.assignments[0].itWatts")).movePointLeft(6);
        assertThat(new BigDecimal(reservationCalls(p, w).get(0).getBodyAsString()
                .replaceAll(".*\"itMw\":([0-9.Ee+-]+).*", "$1"))).isEqualByComparingTo(itMw);

        // Default: pinned. The plan leaves w where it is and plans only the other workload.
        String q = solved(request(5, w, other));
        JsonPath pinned = plan(q);
        assertThat(pinned.getString("held[0].workloadId")).isEqualTo(w);
        assertThat(pinned.getString("held[0].disposition")).isEqualTo("PINNED");
        assertThat(pinned.getString("held[0].reservationId")).isEqualTo(held);
        assertThat(pinned.getList("result.assignments.workloadId")).doesNotContain(w).contains(other);

        // Moved, once: committing releases p's reservation first, then reserves r's.
        String r = solved(moving(w));
        assertThat(plan(r).getString("held[0].disposition")).isEqualTo("MOVED");
        String atR = committed(r, w);
        assertThat(released(held)).containsExactly(held);
        assertThat(plan(p).getString("commit.reservations[0].state")).isEqualTo("MOVED");

        // Moved again: r's reservation goes, s's comes.
        String s = solved(moving(w));
        String atS = committed(s, w);
        assertThat(released(held, atR)).containsExactly(held, atR);

        // r no longer holds anything, and answers so when committed again.
        commit(r).then().statusCode(200).body("reservations[0].state", equalTo("MOVED"));

        // Only the planner who committed s, or an admin, releases it; releasing twice releases once.
        release(s, TestTokens.user("kim").roles("planner", "viewer").regions("KE").sign()).then().statusCode(403);
        release(s, TestTokens.planner()).then().statusCode(200).body("state", equalTo("RELEASED"))
                .body("reservations[0].state", equalTo("RELEASED"));
        release(s, TestTokens.planner()).then().statusCode(200).body("state", equalTo("RELEASED"));
        assertThat(released(held, atR, atS)).containsExactly(held, atR, atS);
        release(p, TestTokens.admin()).then().statusCode(200).body("state", equalTo("RELEASED"));
        assertThat(released(held, atR, atS)).containsExactly(held, atR, atS);

        // Nothing is held any more: a new plan pins nothing, and a released plan cannot be committed again.
        String t = solved(request(5, w));
        given().auth().oauth2(TestTokens.viewer()).get("/api/v1/plans/" + t).then().body("held", empty())
                .body("result.assignments.workloadId", hasItem(w));
        commit(s).then().statusCode(409);
    }

    @Test
    void aPlanMadeBeforeAnotherCommittedTheSameWorkloadMustBeRunAgain() {
        String w = training("Stale", 2, "KE", 9);
        String early = solved(request(5, w));
        String winner = solved(request(5, w));
        committed(winner, w);
        commit(early).then().statusCode(409).body("detail", org.hamcrest.Matchers.containsString("run the plan again"));
        assertThat(reservationCalls(early, w)).isEmpty();
        release(winner, TestTokens.planner()).then().statusCode(200);
        given().auth().oauth2(TestTokens.viewer()).get("/api/v1/plans/" + early).then()
                .body("commit", org.hamcrest.Matchers.nullValue());
    }

    @Test
    void aPlanNeverCommittedCannotBeReleasedAndEveryWorkloadPinnedIsRefused() {
        String w = training("Pinned only", 2, "KE", 9);
        String p = solved(request(5, w));
        release(p, TestTokens.planner()).then().statusCode(409);
        committed(p, w);
        given().auth().oauth2(TestTokens.planner()).contentType("application/json").body(request(5, w))
                .post("/api/v1/plans").then().statusCode(422).body("errors.field", hasItem("committedWorkloads"));
        release(p, TestTokens.planner()).then().statusCode(200);
        assertThat(plan(p).getList("commit.reservations.state")).isNotEmpty().doesNotContain("DONE");
        assertThat(plan(p).getString("commit.state")).isNotEqualTo("COMMITTED");
        given().auth().oauth2(TestTokens.viewer()).get("/api/v1/plans?status=COMPLETED&size=500").then()
                .body("items.findAll { it.id == '" + p + "' }.committed", not(hasItem(true)));
    }
}
