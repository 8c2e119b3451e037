package org.sovplan.placement.sizing;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.sovplan.placement.support.DependencyStubs;
import org.sovplan.testsupport.TestTokens;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;

@QuarkusTest
class SizingResourceTest {

    static final Map<String, Object> TRAINING = Map.of("type", "TRAINING", "paramsBillion", 7, "precision", "bf16",
            "trainTokensBillion", 2000, "targetDays", 30, "mfu", 0.4);
    static final Map<String, Object> A100 = Map.of("code", "NVIDIA_A100_SXM", "memoryGb", 80, "memoryBandwidthTbps",
            2.039, "tdpWatts", 400, "bf16DenseTflops", 312, "unitPriceUsd", 15000);

    @Inject
    CircuitBreakerMaintenance breakers;

    @AfterEach
    void reset() {
        DependencyStubs.server().resetAll();
        breakers.resetAll();
    }

    @Test
    void offlineSizingGivesTheWorkedNumbers() {
        var sizing = given().auth().oauth2(TestTokens.planner()).contentType(ContentType.JSON)
                .body(Map.of("workload", TRAINING, "acceleratorModel", A100, "pue", 1.4)).post("/api/v1/sizing")
                .then().statusCode(200).body("gpus", equalTo(260)).extract().jsonPath();
        assertThat(sizing.getDouble("trainingFlop")).isCloseTo(8.4e22, within(1e18));
        assertThat(sizing.getDouble("gpuHours")).isCloseTo(186_966, within(1.0));
        // exact figures, no float noise: 156 kW IT, 218.4 kW grid, 157.248 MWh for the 30-day run
        assertThat(sizing.getLong("itWatts")).isEqualTo(156_000);
        assertThat(sizing.getString("itKw")).isEqualTo("156.0");
        assertThat(sizing.getString("powerKw")).isEqualTo("218.4");
        assertThat(sizing.getString("energyMwhPerRun")).isEqualTo("157.248");
        assertThat(sizing.getString("energyMwhPerYear")).isNull();
    }

    @Test
    void theJsonCarriesNoFloatNoise() {
        String json = given().auth().oauth2(TestTokens.planner()).contentType(ContentType.JSON)
                .body(Map.of("workload", Map.of("type", "SLM_INFERENCE", "paramsBillion", 3, "precision", "int8",
                        "peakTokensPerSec", 2000), "acceleratorModel", A100, "pue", 1.4))
                .post("/api/v1/sizing").then().statusCode(200).extract().asString();
        assertThat(json).contains("\"itKw\":0.600").contains("\"powerKw\":0.840")
                .doesNotContainPattern("\\d\\.\\d{7,}").doesNotContainPattern("\\dE-\\d");
    }

    @Test
    void aStoredWorkloadCanBeSized() {
        Map<String, Object> w = new java.util.HashMap<>(TRAINING);
        w.put("name", "Sized " + java.util.UUID.randomUUID());
        w.put("regionCode", "KE");
        String id = given().auth().oauth2(TestTokens.planner()).contentType(ContentType.JSON).body(w)
                .post("/api/v1/workloads").then().statusCode(201).extract().path("id");
        given().auth().oauth2(TestTokens.planner()).contentType(ContentType.JSON)
                .body(Map.of("workloadId", id, "acceleratorModel", A100)).post("/api/v1/sizing")
                .then().statusCode(200).body("gpus", equalTo(260)).body("pue", equalTo(1.4f));
    }

    @Test
    void unknownCatalogueModelIs422AndCapacityDownIs503() {
        DependencyStubs.server().stubFor(get(urlPathEqualTo("/api/v1/accelerator-models/NOPE"))
                .willReturn(aResponse().withStatus(404)));
        given().auth().oauth2(TestTokens.planner()).contentType(ContentType.JSON)
                .body(Map.of("workload", TRAINING, "acceleratorModelCode", "NOPE")).post("/api/v1/sizing")
                .then().statusCode(422).body("errors.field", hasItem("acceleratorModelCode"));
        DependencyStubs.server().stubFor(get(urlPathEqualTo("/api/v1/accelerator-models/NVIDIA_A100_SXM"))
                .willReturn(aResponse().withStatus(503)));
        given().auth().oauth2(TestTokens.planner()).contentType(ContentType.JSON)
                .body(Map.of("workload", TRAINING, "acceleratorModelCode", "NVIDIA_A100_SXM")).post("/api/v1/sizing")
                .then().statusCode(503).contentType("application/problem+json")
                .body("detail", containsString("capacity-service is unavailable"));
    }

    @Test
    void ambiguousOrIncompleteRequestsAreProblems() {
        given().auth().oauth2(TestTokens.planner()).contentType(ContentType.JSON)
                .body(Map.of("workload", TRAINING)).post("/api/v1/sizing")
                .then().statusCode(422).body("errors.field", hasItem("acceleratorModelCode"));
        given().auth().oauth2(TestTokens.planner()).contentType(ContentType.JSON)
                .body(Map.of("workload", Map.of("type", "LLM_INFERENCE", "paramsBillion", 7, "precision", "bf16"),
                        "acceleratorModel", A100)).post("/api/v1/sizing")
                .then().statusCode(422);
        given().auth().oauth2(TestTokens.planner()).contentType(ContentType.JSON)
                .body(Map.of("workload", TRAINING, "acceleratorModel", Map.of("code", "X"))).post("/api/v1/sizing")
                .then().statusCode(400).body("errors.field", hasItem("acceleratorModel.memoryGb"));
        given().auth().oauth2(TestTokens.viewer()).contentType(ContentType.JSON)
                .body(Map.of("workload", TRAINING, "acceleratorModel", A100)).post("/api/v1/sizing")
                .then().statusCode(403);
    }
}
