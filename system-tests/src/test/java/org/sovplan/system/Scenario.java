package org.sovplan.system;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.awaitility.Awaitility;

/**
 * A small planning world of its own for a fault test: a grid zone, a site in a jurisdiction no other test
 * uses, with edge modules, and edge-inference workloads that may only run there; and the plan calls.
 */
final class Scenario {

    static final String MODEL = "NVIDIA_JETSON_AGX_ORIN_64GB";
    private static final String COUNTY = "KE-F1";

    final String jurisdiction;
    final String siteId;
    private final Api api;

    private Scenario(Api api, String jurisdiction, String siteId) {
        this.api = api;
        this.jurisdiction = jurisdiction;
        this.siteId = siteId;
    }

    /** A zone and a site in {@code jurisdiction} with {@code modules} edge modules installed. */
    static Scenario create(Api api, String jurisdiction, int modules) {
        api.as("ada").body(Fixtures.kenya()).post("/api/v1/regions");
        Map<String, Object> county = Fixtures.region(COUNTY, "Fault test users", "KE");
        county.put("lat", -1.29);
        county.put("lon", 36.82);
        api.as("ada").body(county).post("/api/v1/regions");
        String zone = "KE-F" + Fixtures.suffix().toUpperCase().replaceAll("[^A-Z0-9]", "Q");
        api.as("ada").body(Fixtures.gridZone(zone, "KE")).post("/api/v1/grid-zones").then().statusCode(201);
        Map<String, Object> site = Fixtures.site("Fault site " + jurisdiction + " " + Fixtures.suffix(), "KE", zone,
                Map.of(MODEL, modules));
        site.put("jurisdiction", jurisdiction);
        String siteId = api.as("ada").body(site).post("/api/v1/sites").then().statusCode(201).extract().path("id");
        return new Scenario(api, jurisdiction, siteId);
    }

    /** An edge-inference workload (one module's worth) allowed only in this scenario's jurisdiction. */
    String workload() {
        Map<String, Object> workload = new HashMap<>();
        workload.put("name", "Fault workload " + Fixtures.suffix());
        workload.put("type", "EDGE_INFERENCE");
        workload.put("paramsBillion", 1);
        workload.put("precision", "int4");
        workload.put("peakTokensPerSec", 50);
        workload.put("userRegionCode", COUNTY);
        workload.put("maxLatencyMs", 100);
        workload.put("allowedAcceleratorModels", List.of(MODEL));
        workload.put("allowedJurisdictions", List.of(jurisdiction));
        workload.put("priority", 5);
        workload.put("regionCode", "KE");
        return api.as("paul").body(workload).post("/api/v1/workloads").then().statusCode(201).extract().path("id");
    }

    /** Starts a plan of these workloads; answers its path, {@code /api/v1/plans/{id}}. */
    String startPlan(int timeLimitSeconds, String... workloadIds) {
        String location = api.as("paul")
                .body(Map.of("workloadIds", List.of(workloadIds), "horizonDate", "2027-06-30",
                        "timeLimitSeconds", timeLimitSeconds))
                .post("/api/v1/plans").then().statusCode(202).extract().header("Location");
        return location.substring(location.indexOf("/api/v1/plans/"));
    }

    String status(String planPath) {
        return api.as("vera").get(planPath).path("status");
    }

    /** Waits until the plan is in one of these states and answers it. */
    String awaitStatus(String planPath, Duration limit, String... states) {
        List<String> wanted = List.of(states);
        return Awaitility.await(planPath + " " + wanted).atMost(limit).pollInterval(Duration.ofMillis(500))
                .until(() -> status(planPath), wanted::contains);
    }

    /** The pool of this scenario's site: {@code installed}, {@code reserved}, {@code available}. */
    Map<String, Object> pool() {
        return api.as("vera").get("/api/v1/sites/" + siteId + "/pools/" + MODEL).then().statusCode(200)
                .extract().jsonPath().getMap("$");
    }

    /** GPUs held by the site's ACTIVE reservations. */
    int activeReservedGpus() {
        List<Integer> gpus = api.as("vera").queryParam("siteId", siteId).queryParam("status", "ACTIVE")
                .queryParam("size", 500).get("/api/v1/reservations").then().statusCode(200)
                .extract().jsonPath().getList("items.gpus", Integer.class);
        return gpus.stream().mapToInt(Integer::intValue).sum();
    }
}
