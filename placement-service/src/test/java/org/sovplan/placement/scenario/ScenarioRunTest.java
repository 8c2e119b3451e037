package org.sovplan.placement.scenario;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.sovplan.placement.scenario.ScenarioApi.awaitStatus;
import static org.sovplan.placement.scenario.ScenarioApi.create;
import static org.sovplan.placement.scenario.ScenarioApi.kenya;
import static org.sovplan.placement.scenario.ScenarioApi.startRun;
import static org.sovplan.placement.scenario.ScenarioApi.uniqueName;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sovplan.placement.scenario.run.RunStatus;
import org.sovplan.placement.scenario.run.ScenarioRun;
import org.sovplan.placement.scenario.run.ScenarioRunLeases;
import org.sovplan.placement.scenario.run.ScenarioRunStore;
import org.sovplan.placement.support.FixtureScenarioDataSource;
import org.sovplan.testsupport.TestTokens;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * Scenario runs over REST: 202 + Location, asynchronous MILP solving with SCIP, the stored result,
 * SSE, the report, cancel, sensitivity and comparison, and runs failed when their replica stopped.
 * Capacity and energy data come from {@link FixtureScenarioDataSource}; the rest is real.
 */
@QuarkusTest
class ScenarioRunTest {

    @Inject
    FixtureScenarioDataSource data;

    @Inject
    ScenarioRunStore store;

    @Inject
    ScenarioRunLeases leases;

    @BeforeEach
    void kenya2026() {
        data.use(FixtureScenarioDataSource.kenya(2026, 2030));
    }

    @AfterEach
    void clear() {
        data.clear();
    }

    @Test
    void aRunIsAcceptedSolvedStoredStreamedAndReported() {
        String scenario = create(kenya(uniqueName("Run"), 2026, 2030, null));
        String run = given().auth().oauth2(TestTokens.planner()).contentType(ContentType.JSON)
                .body("{\"variant\": \"high\", \"timeLimitSeconds\": 30}").post("/api/v1/scenarios/" + scenario + "/runs")
                .then().statusCode(202).header("Location", containsString("/api/v1/scenarios/" + scenario + "/runs/"))
                .body("status", equalTo("QUEUED")).body("variant", equalTo("high")).extract().path("id");
        awaitStatus(scenario, run, "COMPLETED");
        given().auth().oauth2(TestTokens.viewer()).get("/api/v1/scenarios/" + scenario + "/runs/" + run).then()
                .statusCode(200).body("result.solver.engine", notNullValue())
                .body("result.solver.status", equalTo("OPTIMAL"))
                .body("result.solver.gapPct", notNullValue())
                .body("result.years", hasSize(5))
                .body("result.unserved", hasSize(0))
                .body("result.npvUsd", greaterThan(0))
                .body("result.builds[0].kind", equalTo("ACCELERATORS"))
                .body("result.capacityByModel[0].year", equalTo(2026));
        String events = given().auth().oauth2(TestTokens.viewer()).accept("text/event-stream")
                .get("/api/v1/scenarios/" + scenario + "/runs/" + run + "/events").then().statusCode(200)
                .extract().asString();
        assertThat(events).contains("\"type\":\"end\"").contains("COMPLETED");
        String report = given().auth().oauth2(TestTokens.viewer()).accept("text/markdown")
                .get("/api/v1/scenarios/" + scenario + "/runs/" + run + "/report").then().statusCode(200)
                .contentType(containsString("text/markdown")).extract().asString();
        assertThat(report).contains("## Build schedule").contains("| Decided | Ready | What |")
                .contains("## Accelerators in service by model").contains("All demand is served")
                .contains("## Demand lines").contains("| Citizen services LLM | a 8B-parameter model at bf16 serving 2,000 tokens/s at peak |")
                .containsPattern("\\*\\*Solver:\\*\\* [^:]+: (proven optimal|optimal within the configured relative gap of 0\\.5 %: proven to cost at most [0-9.]+ % more than the optimum);")
                .doesNotContain("proven gap").doesNotContainPattern("\\b1 GPUs\\b");
        given().auth().oauth2(TestTokens.planner()).delete("/api/v1/scenarios/" + scenario + "/runs/" + run)
                .then().statusCode(409);
        given().auth().oauth2(TestTokens.viewer()).get("/api/v1/scenarios/" + scenario + "/runs").then()
                .statusCode(200).body("items[0].npvUsd", greaterThan(0)).body("items[0].solverStatus", equalTo("OPTIMAL"));
    }

    @Test
    void demandThatNoSiteMayServeIsUnservedWithItsReason() {
        String strict = kenya(uniqueName("Strict"), 2026, 2030, null).replace("\"SEAL-2\"", "\"SEAL-4\"");
        String scenario = create(strict);
        String run = startRun(scenario, "{}");
        awaitStatus(scenario, run, "COMPLETED");
        given().auth().oauth2(TestTokens.viewer()).get("/api/v1/scenarios/" + scenario + "/runs/" + run).then()
                .statusCode(200).body("result.unserved", hasSize(5))
                .body("result.unserved[0].reason", containsString("SEAL-4"))
                .body("result.years[0].unservedUnits", equalTo(4.0f));
    }

    @Test
    void aSensitivityRunsEachVariantAndTheComparisonShowsDeltas() {
        String scenario = create(kenya(uniqueName("Sensitivity"), 2026, 2030,
                "\"buildRates\": {\"maxGpusPerYear\": 4},"));
        List<String> runs = given().auth().oauth2(TestTokens.planner()).contentType(ContentType.JSON)
                .body("{\"variants\": [\"low\", \"high\"]}").post("/api/v1/scenarios/" + scenario + "/sensitivity")
                .then().statusCode(202).header("Location", containsString("/api/v1/scenarios/compare?runs="))
                .body("runs", hasSize(2)).extract().path("runs.id");
        runs.forEach(r -> awaitStatus(scenario, r, "COMPLETED"));
        given().auth().oauth2(TestTokens.viewer()).queryParam("runs", String.join(",", runs))
                .get("/api/v1/scenarios/compare").then().statusCode(200)
                .body("scenarios", hasSize(2))
                .body("scenarios[0].npvDeltaUsd", equalTo(0))
                .body("scenarios[1].npvDeltaUsd", greaterThan(0))
                .body("scenarios[0].firstYearShort", nullValue())
                .body("scenarios[1].firstYearShort", notNullValue());
        String table = given().auth().oauth2(TestTokens.viewer()).accept("text/markdown")
                .queryParam("runs", String.join(",", runs)).get("/api/v1/scenarios/compare").then().statusCode(200)
                .extract().asString();
        assertThat(table).contains("| NPV USD |").contains("| First year short | never |")
                .containsPattern("\\| Solver \\| (proven optimal|optimal within the configured relative gap: proven to cost at most [0-9.]+ % more than the optimum) \\|");
        given().auth().oauth2(TestTokens.viewer()).queryParam("ids", scenario).get("/api/v1/scenarios/compare")
                .then().statusCode(200).body("scenarios", hasSize(1));
    }

    @Test
    void badRunRequestsAreProblems() {
        String scenario = create(kenya(uniqueName("Bad run"), 2026, 2030, null));
        given().auth().oauth2(TestTokens.planner()).contentType(ContentType.JSON).body("{\"variant\": \"extreme\"}")
                .post("/api/v1/scenarios/" + scenario + "/runs").then().statusCode(422)
                .body("detail", containsString("no variant 'extreme'"));
        given().auth().oauth2(TestTokens.planner()).contentType(ContentType.JSON).body("{\"timeLimitSeconds\": 3000}")
                .post("/api/v1/scenarios/" + scenario + "/runs").then().statusCode(422);
        given().auth().oauth2(TestTokens.planner()).contentType(ContentType.JSON)
                .body("{\"variants\": [\"low\"], \"carbonPriceScales\": [1]}")
                .post("/api/v1/scenarios/" + scenario + "/sensitivity").then().statusCode(422);
        given().auth().oauth2(TestTokens.viewer()).queryParam("ids", "not-a-uuid").get("/api/v1/scenarios/compare")
                .then().statusCode(400);
        given().auth().oauth2(TestTokens.viewer()).queryParam("ids", scenario).get("/api/v1/scenarios/compare")
                .then().statusCode(422).body("detail", containsString("no run with a result"));
        given().auth().oauth2(TestTokens.viewer()).get("/api/v1/scenarios/" + scenario + "/runs/" + UUID.randomUUID())
                .then().statusCode(404);
    }

    @Test
    void aRunWhoseReplicaStoppedIsFailedBySweep() {
        String scenario = create(kenya(uniqueName("Orphan"), 2026, 2030, null));
        ScenarioRun orphan = new ScenarioRun();
        orphan.id = UUID.randomUUID();
        orphan.scenarioId = UUID.fromString(scenario);
        orphan.variant = "mid";
        orphan.carbonPriceScale = BigDecimal.ONE;
        orphan.label = "orphan";
        orphan.status = RunStatus.SOLVING;
        orphan.timeLimitSeconds = 60;
        orphan.createdBy = "paul";
        orphan.createdAt = Instant.now();
        orphan.owner = "a-replica-that-stopped";
        store.save(orphan, -5);

        assertThat(leases.sweep()).isGreaterThanOrEqualTo(1);
        given().auth().oauth2(TestTokens.viewer()).get("/api/v1/scenarios/" + scenario + "/runs/" + orphan.id).then()
                .statusCode(200).body("status", equalTo("FAILED"))
                .body("failureReason", containsString("replica solving this run stopped"));
    }
}
