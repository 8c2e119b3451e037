package org.sovplan.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.net.URI;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sovplan.client.ApiClient;
import org.sovplan.client.ApiResponse;
import org.sovplan.client.api.PlansApi;
import org.sovplan.client.api.ReservationsApi;
import org.sovplan.client.api.SitesApi;
import org.sovplan.client.api.SizingApi;
import org.sovplan.client.api.WorkloadsApi;
import org.sovplan.client.model.Plan;
import org.sovplan.client.model.PlanCommit;
import org.sovplan.client.model.PlanRequest;
import org.sovplan.client.model.PlanReservation;
import org.sovplan.client.model.Sizing;
import org.sovplan.client.model.SizingRequest;
import org.sovplan.client.model.Workload;
import org.sovplan.client.model.WorkloadRequest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * An integrator's flow with clients generated at build time from openapi/sovplan.yaml (see the
 * openapi-generator executions in this module's pom): list sites; create and size a workload; plan it,
 * follow the plan's events to the end, read its report; commit it; then release and delete what was made.
 * The Java client runs here; the TypeScript (typescript-fetch) client is compiled with TypeScript from the
 * npm registry and runs on Node.js ({@code src/test/typescript/flow.ts}).
 */
@ExtendWith(StackExtension.class)
class GeneratedClientsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static Stack stack;
    private static ClientFlowSetup setup;

    @BeforeAll
    static void prepare(Stack running) {
        stack = running;
        setup = ClientFlowSetup.create(new Api(running));
    }

    @AfterAll
    static void cleanUp() {
        setup.delete();
    }

    @Test
    void theJavaClientRunsTheIntegratorsFlow() throws Exception {
        String gateway = stack.gatewayUrl();
        String token = stack.token("ada");
        ApiClient client = new ApiClient();
        client.updateBaseUri(gateway);
        client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + token));

        assertTrue(new SitesApi(client).listSites(null, null, null, null, 0, "KE", 100, null, null, null)
                .getTotal() >= 1);

        Map<String, Object> spec = Map.of("type", "EDGE_INFERENCE", "paramsBillion", 1, "precision", "int4",
                "peakTokensPerSec", 50, "userRegionCode", setup.county, "maxLatencyMs", 100);
        Map<String, Object> workloadBody = new java.util.HashMap<>(spec);
        workloadBody.putAll(Map.of("name", "Java client workload " + Fixtures.suffix(),
                "allowedAcceleratorModels", List.of(ClientFlowSetup.MODEL), "priority", 5, "regionCode", "KE"));
        WorkloadsApi workloads = new WorkloadsApi(client);
        ApiResponse<Workload> created = workloads.createWorkloadWithHttpInfo(
                client.getObjectMapper().convertValue(workloadBody, WorkloadRequest.class), UUID.randomUUID().toString());
        Workload workload = created.getData();
        assertEquals(gateway + "/api/v1/workloads/" + workload.getId(), location(created));

        Sizing sized = new SizingApi(client).sizeWorkload(client.getObjectMapper().convertValue(
                Map.of("workload", spec, "acceleratorModelCode", ClientFlowSetup.MODEL), SizingRequest.class));
        assertTrue(sized.getGpus() > 0);

        PlansApi plans = new PlansApi(client);
        ApiResponse<Plan> queued = plans.createPlanWithHttpInfo(new PlanRequest()
                .workloadIds(List.of(workload.getId())).horizonDate(LocalDate.parse("2027-06-30")).timeLimitSeconds(5),
                UUID.randomUUID().toString());
        UUID planId = queued.getData().getId();
        assertEquals(gateway + "/api/v1/plans/" + planId, location(queued));

        // openapi-generator's java native library reads every answer with Jackson, text/* ones too, so the
        // event stream and the report are read with the generated ApiClient's own HTTP client and settings.
        List<JsonNode> events = sseData(text(client, "/api/v1/plans/" + planId + "/events", "text/event-stream"));
        JsonNode last = events.get(events.size() - 1);
        assertEquals("end", last.path("type").asText(), "the stream ends with an end event: " + events);
        assertEquals("COMPLETED", last.path("status").asText());
        assertTrue(text(client, "/api/v1/plans/" + planId + "/report", "text/markdown").contains(workload.getName()),
                "the report names the workload");

        PlanCommit commit = plans.commitPlan(planId, null);
        assertEquals(1, commit.getReservations().size());

        ReservationsApi reservations = new ReservationsApi(client);
        for (PlanReservation reservation : commit.getReservations()) {
            reservations.releaseReservation(reservation.getReservationId());
        }
        workloads.deleteWorkload(workload.getId());
    }

    @Test
    void theTypeScriptClientRunsTheIntegratorsFlowOnNode() throws Exception {
        Path build = Path.of(System.getProperty("sovplan.build", "target"));
        Path work = build.resolve("ts-flow");
        Files.createDirectories(work);
        Files.copy(Path.of("src/test/typescript/flow.ts"), work.resolve("flow.ts"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Files.writeString(work.resolve("package.json"), """
                {"name": "sovplan-client-flow", "private": true, "devDependencies": {"typescript": "5.6.3", "@types/node": "20.17.10"}}
                """);
        Files.writeString(work.resolve("tsconfig.json"), """
                {"compilerOptions": {"target": "ES2020", "module": "commonjs", "lib": ["ES2020", "DOM"], "types": ["node"],
                  "strict": false, "skipLibCheck": true, "rootDir": "..", "outDir": "dist"},
                 "files": ["flow.ts"]}
                """);
        run(work, Map.of(), "npm", "install", "--no-audit", "--no-fund", "--loglevel=error");
        run(work, Map.of(), "node", "node_modules/typescript/bin/tsc", "-p", "tsconfig.json");
        String output = run(work, Map.of("SOVPLAN_GATEWAY", stack.gatewayUrl(), "SOVPLAN_TOKEN", stack.token("ada"),
                "SOVPLAN_USER_REGION", setup.county, "SOVPLAN_MODEL", ClientFlowSetup.MODEL),
                "node", "dist/ts-flow/flow.js");
        assertTrue(output.contains("FLOW OK"), output);
    }

    private static String text(ApiClient client, String path, String accept) throws Exception {
        java.net.http.HttpRequest.Builder request = java.net.http.HttpRequest.newBuilder(
                URI.create(client.getBaseUri() + path)).header("Accept", accept).GET();
        client.getRequestInterceptor().accept(request);
        java.net.http.HttpResponse<String> response = client.getHttpClient().send(request.build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), path + ": " + response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith(accept));
        return response.body();
    }

    private static String location(ApiResponse<?> response) {
        return response.getHeaders().getOrDefault("Location", response.getHeaders().getOrDefault("location", List.of()))
                .stream().findFirst().orElse("");
    }

    /** The JSON documents of the {@code data:} lines of a Server-Sent Events body. */
    static List<JsonNode> sseData(String stream) throws IOException {
        List<JsonNode> events = new java.util.ArrayList<>();
        for (String line : stream.split("\n")) {
            if (line.startsWith("data:")) {
                events.add(JSON.readTree(line.substring(5)));
            }
        }
        return events;
    }

    private static String run(Path directory, Map<String, String> env, String... command)
            throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true);
        builder.environment().putAll(env);
        Process process = builder.start();
        byte[] output = process.getInputStream().readAllBytes();
        assertTrue(process.waitFor(10, TimeUnit.MINUTES), String.join(" ", command) + " did not finish");
        String text = new String(output, StandardCharsets.UTF_8);
        System.out.println(String.join(" ", command) + ":\n" + text);
        assertEquals(0, process.exitValue(), String.join(" ", command) + " failed:\n" + text);
        return text;
    }
}
