package org.sovplan.system;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.restassured.path.json.JsonPath;

/**
 * The product's main path through the real stack: inventory and grid data in, a workload, a plan
 * solved by placement-service from capacity and energy data it reads with its own service
 * account, and a commit that reserves the GPUs in capacity-service, idempotently.
 */
@ExtendWith(StackExtension.class)
class PlanToReservationsTest {

    private static Api api;
    private static Stack stack;

    @BeforeAll
    static void connect(Stack running) {
        stack = running;
        api = new Api(running);
    }

    @Test
    void workloadToPlanToCommittedReservations() {
        String zone = "KE-PLAN" + Fixtures.suffix().substring(0, 4).toUpperCase().replaceAll("[^A-Z0-9]", "Q");
        String county = "KE-P" + (10 + (int) (Math.random() * 90));
        Map<String, Object> users = Fixtures.region(county, "E2E users", "KE");
        users.put("lat", -1.29);
        users.put("lon", 36.82);
        api.as("ada").body(Fixtures.kenya()).post("/api/v1/regions");
        api.as("ada").body(users).post("/api/v1/regions");
        api.as("ada").body(Fixtures.gridZone(zone, "KE")).post("/api/v1/grid-zones").then().statusCode(201);
        // Only this test's site has Jetson modules, and only this test's workload allows them.
        String siteId = api.as("ada")
                .body(Fixtures.site("E2E edge site " + Fixtures.suffix(), "KE", zone,
                        Map.of("NVIDIA_JETSON_AGX_ORIN_64GB", 40)))
                .post("/api/v1/sites").then().statusCode(201).extract().path("id");

        Map<String, Object> workload = new HashMap<>();
        workload.put("name", "E2E edge inference " + Fixtures.suffix());
        workload.put("type", "EDGE_INFERENCE");
        workload.put("paramsBillion", 1);
        workload.put("precision", "int4");
        workload.put("peakTokensPerSec", 50);
        workload.put("userRegionCode", county);
        workload.put("maxLatencyMs", 100);
        workload.put("allowedAcceleratorModels", List.of("NVIDIA_JETSON_AGX_ORIN_64GB"));
        workload.put("priority", 5);
        workload.put("regionCode", "KE");
        String workloadId = api.as("paul").body(workload).post("/api/v1/workloads")
                .then().statusCode(201).extract().path("id");

        String location = api.as("paul")
                .body(Map.of("workloadIds", List.of(workloadId), "horizonDate", "2027-06-30", "timeLimitSeconds", 5))
                .post("/api/v1/plans").then().statusCode(202).extract().header("Location");
        String planPath = location.substring(location.indexOf("/api/v1/plans/"));

        Awaitility.await("plan solved").atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(500))
                .until(() -> "COMPLETED".equals(api.as("vera").get(planPath).path("status")));
        JsonPath plan = api.as("vera").get(planPath).then().statusCode(200).extract().jsonPath();
        assertEquals(List.of(), plan.getList("result.unplaced.reason"), "the workload should be placed");
        api.as("vera").get(planPath).then()
                .body("result.assignments", hasSize(1))
                .body("result.assignments[0].workloadId", equalTo(workloadId))
                .body("result.assignments[0].siteId", equalTo(siteId))
                .body("result.totals.unplaced", equalTo(0));
        int gpus = plan.getInt("result.assignments[0].gpus");

        String reservationId = api.as("paul").post(planPath + "/commit").then().statusCode(200)
                .body("reservations", hasSize(1)).body("reservations[0].gpus", equalTo(gpus))
                .extract().path("reservations[0].reservationId");
        api.as("vera").get("/api/v1/sites/" + siteId + "/pools/NVIDIA_JETSON_AGX_ORIN_64GB")
                .then().statusCode(200).body("reserved", equalTo(gpus));

        // A second commit answers the same reservations and reserves nothing more.
        String again = api.as("paul").post(planPath + "/commit").then().statusCode(200)
                .extract().path("reservations[0].reservationId");
        assertEquals(reservationId, again);
        api.as("vera").get("/api/v1/sites/" + siteId + "/pools/NVIDIA_JETSON_AGX_ORIN_64GB")
                .then().body("reserved", equalTo(gpus));
        api.as("vera").queryParam("siteId", siteId).get("/api/v1/reservations")
                .then().statusCode(200).body("total", equalTo(1)).body("items[0].status", equalTo("ACTIVE"));
    }

    @Test
    void aPlanWhileCapacityIsDownFailsFastWith503() {
        stack.stop("capacity-service");
        try {
            api.as("paul").body(Map.of("filter", Map.of("regionCode", "KE"), "timeLimitSeconds", 5))
                    .post("/api/v1/plans").then().statusCode(503).contentType("application/problem+json");
        } finally {
            stack.restart("capacity-service");
        }
    }
}
