package org.sovplan.system.contract;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.awaitility.Awaitility;
import org.sovplan.system.Fixtures;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The resources the suite's valid requests name (a county, a grid zone, an accelerator model, a site with a
 * pool, a workload, a finished plan, a reservation, an upgrade, a power supply, a scenario and a run), and the
 * clean-up of everything the run created, so that the tests after it see the stack as it was.
 */
final class ContractFixtures {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    /** Deleted in this order: what holds others first. */
    private static final List<String> DELETE_ORDER = List.of("scenarios", "plans", "reservations", "workloads",
            "power-supplies", "grid-upgrades", "sites", "grid-zones", "accelerator-models", "regions");

    private final ContractClient client;
    private final ContractSpec spec;
    private final Set<String> created = new LinkedHashSet<>();

    ContractFixtures(ContractClient client, ContractSpec spec) {
        this.client = client;
        this.spec = spec;
    }

    KnownIds create() {
        String tag = UUID.randomUUID().toString().replace("-", "").substring(0, 6).toUpperCase();
        expect(201, 409).of(send("ada", "POST", "/api/v1/regions", Fixtures.kenya()));
        String county = "KE-" + tag.substring(0, 3);
        expect(201, 409).of(send("ada", "POST", "/api/v1/regions", Map.of("code", county, "name", "Contract county",
                "parentCode", "KE", "lat", -1.29, "lon", 36.82)));
        String zone = "KE-CT" + tag;
        JsonNode zoneBody = example("createGridZone");
        ((ObjectNode) zoneBody).put("code", zone).put("countryCode", "KE");
        created(expect(201).of(send("ada", "POST", "/api/v1/grid-zones", zoneBody)));
        String model = "CONTRACT_" + tag;
        ObjectNode modelBody = (ObjectNode) example("createAcceleratorModel");
        modelBody.put("code", model);
        created(expect(201).of(send("ada", "POST", "/api/v1/accelerator-models", modelBody)));

        Map<String, Object> site = new LinkedHashMap<>();
        site.putAll(Map.of("name", "Contract site " + tag, "regionCode", "KE", "type", "SOVEREIGN_CLOUD",
                "operator", "Contract operator", "operatorHqCountry", "KE", "jurisdiction", "KE",
                "sovereigntyLevel", "SEAL-3", "status", "OPERATIONAL", "availableFrom", "2025-01-01",
                "itCapacityMw", 10.0));
        site.putAll(Map.of("pue", 1.4, "gridZoneCode", zone, "lat", -1.29, "lon", 36.82, "tier", 3,
                "pools", List.of(Map.of("modelCode", model, "installed", 64))));
        String siteId = id(created(expect(201).of(send("ada", "POST", "/api/v1/sites", site))));

        Map<String, Object> workload = new LinkedHashMap<>(Map.of("name", "Contract workload " + tag,
                "type", "LLM_INFERENCE", "paramsBillion", 8, "precision", "bf16", "peakTokensPerSec", 100,
                "allowedAcceleratorModels", List.of(model), "priority", 5, "regionCode", "KE"));
        String workloadId = id(created(expect(201).of(send("paul", "POST", "/api/v1/workloads", workload))));
        String planPath = path(created(expect(202).of(send("paul", "POST", "/api/v1/plans", Map.of(
                "workloadIds", List.of(workloadId), "horizonDate", "2027-06-30", "timeLimitSeconds", 1)))));
        Awaitility.await("fixture plan " + planPath).atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(500))
                .until(() -> json(send("vera", "GET", planPath, null)).path("status").asText(),
                        status -> List.of("COMPLETED", "FAILED").contains(status));
        String reservationId = id(created(expect(201).of(send("ada", "POST", "/api/v1/reservations", Map.of(
                "siteId", siteId, "modelCode", model, "gpus", 1, "reference", "contract-suite")))));
        String upgradeId = id(created(expect(201).of(send("ada", "POST", "/api/v1/grid-upgrades", Map.of(
                "zoneCode", zone, "name", "Contract line", "addedMw", 10.0, "renewableMw", 5.0, "capexUsd", 1.0e6,
                "expectedOnline", "2027-01-01", "status", "APPROVED", "source", "contract suite")))));
        String supplyId = id(created(expect(201).of(send("ada", "POST", "/api/v1/power-supplies", Map.of(
                "siteId", siteId, "zoneCode", zone, "contractedMw", 5.0, "onsiteRenewableMw", 1.0)))));
        ObjectNode scenario = (ObjectNode) example("createScenario");
        scenario.put("name", "Contract scenario " + tag).put("regionCode", "KE");
        String scenarioId = id(created(expect(201).of(send("paul", "POST", "/api/v1/scenarios", scenario))));
        ContractClient.Answer run = expect(202).of(send("paul", "POST", "/api/v1/scenarios/" + scenarioId + "/runs",
                Map.of("timeLimitSeconds", 1)));
        String runPath = path(run);
        String runId = runPath.substring(runPath.lastIndexOf('/') + 1);
        return new KnownIds(county, zone, model, siteId, workloadId, planPath.substring(planPath.lastIndexOf('/') + 1),
                reservationId, upgradeId, supplyId, scenarioId, runId);
    }

    /** Notes what a generated request created, to delete it after the run. */
    void remember(ContractCase request, ContractClient.Answer answer) {
        if (answer.status() == 201 || answer.status() == 202) {
            String location = answer.header("Location");
            if (location != null && location.contains("/api/v1/")) {
                created.add(location.substring(location.indexOf("/api/v1/")));
            }
        }
        if (request.operation().id().equals("importSites") && answer.status() == 200) {
            json(answer).path("rows").forEach(row -> {
                if (row.hasNonNull("id")) {
                    created.add("/api/v1/sites/" + row.get("id").asText());
                }
            });
        }
    }

    /** Releases and cancels the plans and deletes everything else created, best effort, dependants first. */
    void deleteAll() {
        List<String> paths = new ArrayList<>(created);
        paths.sort(Comparator.comparingInt(ContractFixtures::deleteRank));
        for (String path : paths) {
            if (path.startsWith("/api/v1/plans/")) {
                send("paul", "POST", path + "/release", null);
            }
            send("ada", "DELETE", path, null);
        }
    }

    private static int deleteRank(String path) {
        String collection = path.split("/")[3];
        int rank = DELETE_ORDER.indexOf(collection);
        return (rank < 0 ? DELETE_ORDER.size() : rank) * 10 - path.split("/").length;
    }

    /** The contract's example request body of an operation, or one made of its properties' examples. */
    private JsonNode example(String operationId) {
        ContractSpec.Body body = spec.operations().stream().filter(o -> o.id().equals(operationId)).findFirst()
                .orElseThrow().bodies().get(0);
        if (body.example() != null) {
            return body.example().deepCopy();
        }
        ObjectNode example = MAPPER.createObjectNode();
        spec.resolve(body.schema()).path("properties").properties().forEach(property -> {
            JsonNode examples = spec.resolve(property.getValue()).path("examples");
            if (examples.size() > 0) {
                example.set(property.getKey(), examples.get(0));
            }
        });
        return example;
    }

    private ContractClient.Answer send(String role, String method, String path, Object body) {
        Map<String, String> headers = new LinkedHashMap<>();
        byte[] bytes = null;
        if (body != null) {
            headers.put("Content-Type", "application/json");
            try {
                bytes = MAPPER.writeValueAsBytes(body);
            } catch (JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
        }
        return client.send(method, path, role, headers, bytes);
    }

    private ContractClient.Answer created(ContractClient.Answer answer) {
        created.add(path(answer));
        return answer;
    }

    private static String path(ContractClient.Answer answer) {
        String location = answer.header("Location");
        if (location == null) {
            throw new IllegalStateException("no Location in " + answer);
        }
        return location.substring(location.indexOf("/api/v1/"));
    }

    private static String id(ContractClient.Answer answer) {
        String path = path(answer);
        return path.substring(path.lastIndexOf('/') + 1);
    }

    private static JsonNode json(ContractClient.Answer answer) {
        try {
            return MAPPER.readTree(answer.body().getBytes(StandardCharsets.UTF_8));
        } catch (java.io.IOException e) {
            throw new IllegalStateException("not JSON: " + answer, e);
        }
    }

    private static Expectation expect(Integer... statuses) {
        return new Expectation(List.of(statuses));
    }

    /** Fails set-up with the answer when its status is not one of those expected. */
    private record Expectation(List<Integer> statuses) {
        ContractClient.Answer of(ContractClient.Answer answer) {
            if (!statuses.contains(answer.status())) {
                throw new IllegalStateException("expected " + statuses + ", got " + answer);
            }
            return answer;
        }
    }
}
