package org.sovplan.placement.plan;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.sovplan.testsupport.TestTokens;

import io.quarkus.test.junit.QuarkusTest;

/**
 * Several replicas sharing one database, played by rows that another replica would have
 * written: expired leases are failed by the sweep (asked, and on the schedule), live leases of
 * other replicas are left alone, a cancel of a plan solved elsewhere is recorded for its owner,
 * and event streams of such plans follow the stored state until the end.
 */
@QuarkusTest
class PlanLeaseTest {

    private static final String OTHER = "placement-service-7d9f8-other";

    @Inject
    PlanLeases leases;

    @Inject
    PlanRows rows;

    @Inject
    PlanRunner runner;

    @Inject
    PlanEvents events;

    @Test
    void theSweepFailsExpiredLeasesAndLeavesLiveOnesAlone() {
        Instant past = Instant.now().minus(Duration.ofMinutes(5));
        Instant future = Instant.now().plus(Duration.ofHours(1));
        UUID solving = rows.insert(PlanStatus.SOLVING, OTHER, past);
        UUID queued = rows.insert(PlanStatus.QUEUED, OTHER, past);
        UUID live = rows.insert(PlanStatus.SOLVING, OTHER, future);
        UUID done = rows.insert(PlanStatus.COMPLETED, OTHER, past);
        try {
            leases.sweep();

            for (UUID expired : new UUID[] {solving, queued}) {
                Plan plan = rows.read(expired);
                assertThat(plan.status).isEqualTo(PlanStatus.FAILED);
                assertThat(plan.failureReason).isEqualTo("the replica solving this plan stopped; run it again");
                assertThat(plan.finishedAt).isNotNull();
            }
            Plan stillSolving = rows.read(live);
            assertThat(stillSolving.status).isEqualTo(PlanStatus.SOLVING);
            assertThat(stillSolving.owner).isEqualTo(OTHER);
            assertThat(stillSolving.failureReason).isNull();
            assertThat(rows.read(done).status).isEqualTo(PlanStatus.COMPLETED);
            given().auth().oauth2(TestTokens.viewer()).get("/api/v1/plans/" + solving).then().statusCode(200)
                    .body("status", equalTo("FAILED"))
                    .body("failureReason", equalTo("the replica solving this plan stopped; run it again"));
        } finally {
            rows.end(live);
        }
    }

    @Test
    void everyReplicaSweepsOnItsScheduleWithoutBeingAsked() {
        UUID expired = rows.insert(PlanStatus.SOLVING, OTHER, Instant.now().minusSeconds(1));
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100))
                .until(() -> rows.read(expired).status == PlanStatus.FAILED);
    }

    @Test
    void renewalLeavesPlansOfOtherReplicasToThem() {
        Instant lease = Instant.now().plus(Duration.ofMinutes(10));
        UUID theirs = rows.insert(PlanStatus.SOLVING, OTHER, lease);
        try {
            leases.tick();
            Plan plan = rows.read(theirs);
            assertThat(plan.status).isEqualTo(PlanStatus.SOLVING);
            assertThat(plan.leaseUntil).isBetween(lease.minusMillis(1), lease.plusMillis(1));
        } finally {
            rows.end(theirs);
        }
    }

    @Test
    void aCancelOfAPlanSolvedElsewhereIsRecordedForItsOwner() {
        UUID theirs = rows.insert(PlanStatus.SOLVING, OTHER, Instant.now().plus(Duration.ofMinutes(10)));
        try {
            String requestedAt = given().auth().oauth2(TestTokens.planner()).delete("/api/v1/plans/" + theirs)
                    .then().statusCode(202).body("status", equalTo("SOLVING"))
                    .body("cancelRequestedAt", notNullValue()).extract().path("cancelRequestedAt");
            assertThat(rows.read(theirs).cancelRequestedAt).isNotNull();
            // This replica does not solve it, so it neither stops it nor fails it: the owner will.
            leases.tick();
            assertThat(rows.read(theirs).status).isEqualTo(PlanStatus.SOLVING);
            // Asking again is accepted and keeps the first request.
            given().auth().oauth2(TestTokens.planner()).delete("/api/v1/plans/" + theirs)
                    .then().statusCode(202).body("cancelRequestedAt", equalTo(requestedAt));
            // Outside the planner's regions it is refused like any cancel.
            given().auth().oauth2(TestTokens.user("uganda").roles("planner", "viewer").regions("UG").sign())
                    .delete("/api/v1/plans/" + theirs).then().statusCode(403);
        } finally {
            rows.end(theirs);
        }
        given().auth().oauth2(TestTokens.planner()).delete("/api/v1/plans/" + theirs).then().statusCode(409);
    }

    @Test
    void theEventStreamOfAPlanSolvedElsewhereEndsWhenItsRowEnds() {
        UUID theirs = rows.insert(PlanStatus.SOLVING, OTHER, Instant.now().plus(Duration.ofMinutes(10)));
        CompletableFuture<String> stream = CompletableFuture.supplyAsync(() -> given()
                .auth().oauth2(TestTokens.viewer()).accept("text/event-stream")
                .get("/api/v1/plans/" + theirs + "/events").then().statusCode(200).extract().asString());
        try {
            await().atMost(Duration.ofSeconds(30)).until(() -> events.followed().contains(theirs));
            // The owner finishes it and stores the outcome.
            rows.update(theirs, p -> {
                p.status = PlanStatus.COMPLETED;
                p.bestScore = "0hard/0medium/-1000soft";
                p.elapsedMs = 4200L;
                p.finishedAt = Instant.now();
            });
            await().atMost(Duration.ofSeconds(30)).until(stream::isDone);
            assertThat(stream.join()).contains("\"type\":\"end\"").contains("\"status\":\"COMPLETED\"")
                    .contains("\"bestScore\":\"0hard/0medium/-1000soft\"");
        } finally {
            rows.end(theirs);
        }
    }

    @Test
    void atStartupAReplicaFailsWhatAnEarlierRunUnderItsNameLeftBehind() {
        await().atMost(Duration.ofSeconds(60)).until(() -> runner.running().isEmpty());
        UUID mine = rows.insert(PlanStatus.SOLVING, leases.owner(), Instant.now().plus(Duration.ofMinutes(10)));
        UUID theirs = rows.insert(PlanStatus.SOLVING, OTHER, Instant.now().plus(Duration.ofMinutes(10)));
        try {
            leases.recoverAtStartup();
            assertThat(rows.read(mine).status).isEqualTo(PlanStatus.FAILED);
            assertThat(rows.read(theirs).status).isEqualTo(PlanStatus.SOLVING);
        } finally {
            rows.end(theirs);
        }
    }
}
