package org.sovplan.placement.plan;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.sovplan.placement.plan.PlanApi.awaitStatus;
import static org.sovplan.placement.plan.PlanApi.finish;
import static org.sovplan.placement.plan.PlanApi.request;
import static org.sovplan.placement.plan.PlanApi.start;
import static org.sovplan.placement.plan.PlanApi.training;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sovplan.placement.config.PlacementConfig;
import org.sovplan.placement.support.FixturePlanningDataSource;
import org.sovplan.placement.support.Instances;
import org.sovplan.testsupport.TestTokens;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/**
 * The owner's side of the leases, with plans really solving on this replica: renewal extends
 * their leases and records their progress, a cancel recorded by another replica is acted on at
 * the next renewal, and a plan whose lease was lost is stopped without overwriting its FAILED
 * state. Solves here never stop on their own (no unimproved-time limit), so only the lease
 * machinery can end them.
 */
@QuarkusTest
@TestProfile(PlanLeaseOwnerTest.LongSolves.class)
class PlanLeaseOwnerTest {

    /** Solves run to their time limit (300 s) unless cancelled. */
    public static class LongSolves implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("sovplan.placement.solver.unimproved-seconds-limit", "300");
        }
    }

    @Inject
    FixturePlanningDataSource data;

    @Inject
    PlanLeases leases;

    @Inject
    PlanRows rows;

    @Inject
    PlanRunner runner;

    @Inject
    PlanStore store;

    @Inject
    PlacementConfig config;

    @BeforeEach
    void capacity() {
        // The premise of every test here: a solve only ends by its 300 s limit or by being stopped.
        assertThat(config.solver().unimprovedSecondsLimit()).isEqualTo(300);
        data.use(Instances.create().zone("KE", 70, 100, 100).zone("UG", 300, 80, 100)
                .site("Nairobi", "KE", 3, "KE", 50, -1.29, 36.82, "GPU_X", 10)
                .site("Kampala", "UG", 2, "UG", 50, 0.35, 32.58, "GPU_X", 100)
                .problem().inputs());
    }

    @AfterEach
    void clear() {
        data.clear();
    }

    private String solving() {
        String plan = start(request(300, training("Leased", 4, "UG", 5), training("Leased too", 2, "KE", 5)));
        awaitStatus(plan, "SOLVING");
        return plan;
    }

    @Test
    void renewalExtendsTheLeaseOfRunningPlansAndRecordsTheirProgress() {
        String plan = solving();
        UUID id = UUID.fromString(plan);
        try {
            Plan before = rows.read(id);
            assertThat(before.owner).isEqualTo(leases.owner());
            assertThat(before.leaseUntil).isAfter(Instant.now().plusSeconds(30));
            await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100))
                    .until(() -> rows.read(id).leaseUntil.isAfter(before.leaseUntil));
            await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100))
                    .until(() -> rows.read(id).bestScore != null);
            assertThat(rows.read(id).status).isEqualTo(PlanStatus.SOLVING);
        } finally {
            finish(plan);
        }
    }

    @Test
    void theOwnerActsOnACancelRecordedByAnotherReplica() {
        String plan = solving();
        UUID id = UUID.fromString(plan);
        // What a DELETE that reached another replica does: record the request, nothing else.
        assertThat(store.requestCancel(id)).isTrue();
        awaitStatus(plan, "CANCELLED");
        given().auth().oauth2(TestTokens.viewer()).get("/api/v1/plans/" + plan).then().statusCode(200)
                .body("result.assignments.size()", equalTo(2)).body("result.feasible", equalTo(true));
        await().atMost(Duration.ofSeconds(30)).until(() -> !runner.running().contains(id));
    }

    @Test
    void aPlanWhoseLeaseWasLostIsStoppedAndStaysFailed() {
        String plan = solving();
        UUID id = UUID.fromString(plan);
        assertThat(runner.running()).contains(id);
        // Another replica's sweep failed it while this one stalled.
        rows.update(id, p -> {
            p.status = PlanStatus.FAILED;
            p.failureReason = PlanLeases.STOPPED;
            p.finishedAt = Instant.now();
        });
        await().atMost(Duration.ofSeconds(30)).until(() -> !runner.running().contains(id));
        Plan after = rows.read(id);
        assertThat(after.status).isEqualTo(PlanStatus.FAILED);
        assertThat(after.result).isNull();
        assertThat(after.failureReason).isEqualTo(PlanLeases.STOPPED);
    }
}
