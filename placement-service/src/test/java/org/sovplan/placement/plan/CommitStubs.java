package org.sovplan.placement.plan;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static io.restassured.RestAssured.given;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.sovplan.placement.support.DependencyStubs;
import org.sovplan.testsupport.TestTokens;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;

import io.restassured.response.Response;

/** capacity-service's reservation contract played by WireMock for the commit tests, and the calls they make. */
final class CommitStubs {

    private CommitStubs() {
    }

    static WireMockServer wiremock() {
        return DependencyStubs.server();
    }

    /** Reservations for this reference (plan and workload) are made, as {@code reservationId}. */
    static void reserves(String planId, String workloadId, String reservationId) {
        wiremock().stubFor(reservation(planId, workloadId).willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json").withBody(body(reservationId, planId, workloadId))));
    }

    /** Reservations for this reference are refused with 409 (the pool is full). */
    static void refuses(String planId, String workloadId) {
        wiremock().stubFor(reservation(planId, workloadId).willReturn(aResponse().withStatus(409)
                .withHeader("Content-Type", "application/problem+json").withBody("{\"status\":409,\"title\":\"Conflict\"}")));
    }

    /** Reservations for this reference fail with 500 (capacity-service is broken). */
    static void fails(String planId, String workloadId) {
        wiremock().stubFor(reservation(planId, workloadId).willReturn(aResponse().withStatus(500)));
    }

    /** Releases succeed (or fail with {@code status}). */
    static void releases(int status) {
        wiremock().stubFor(delete(urlPathMatching("/api/v1/reservations/.*")).willReturn(aResponse().withStatus(status)));
    }

    /** Looking reservations up by reference finds none, unless {@link #activeByReference} says otherwise. */
    static void noneByReference() {
        wiremock().stubFor(get(urlPathEqualTo("/api/v1/reservations")).atPriority(10).willReturn(aResponse()
                .withHeader("Content-Type", "application/json").withBody("{\"items\":[],\"page\":0,\"size\":500,\"total\":0}")));
    }

    /** Looking reservations up by this reference finds those given (active). */
    static void activeByReference(String planId, String workloadId, String... reservationIds) {
        String items = java.util.Arrays.stream(reservationIds).map(id -> body(id, planId, workloadId))
                .collect(Collectors.joining(","));
        wiremock().stubFor(get(urlPathEqualTo("/api/v1/reservations")).atPriority(1)
                .withQueryParam("reference", com.github.tomakehurst.wiremock.client.WireMock.equalTo(
                        CommitSteps.reference(UUID.fromString(planId), UUID.fromString(workloadId))))
                .willReturn(aResponse().withHeader("Content-Type", "application/json").withBody("{\"items\":[" + items
                        + "],\"page\":0,\"size\":500,\"total\":" + reservationIds.length + "}")));
    }

    static Response commit(String planId) {
        return given().auth().oauth2(TestTokens.planner()).post("/api/v1/plans/" + planId + "/commit");
    }

    static Response release(String planId, String token) {
        return given().auth().oauth2(token).post("/api/v1/plans/" + planId + "/release");
    }

    static String commitState(String planId) {
        return given().auth().oauth2(TestTokens.viewer()).get("/api/v1/plans/" + planId).then().statusCode(200)
                .extract().path("commit.state");
    }

    /** Reservation requests made for one plan's workload. */
    static List<LoggedRequest> reservationCalls(String planId, String workloadId) {
        return wiremock().findAll(postRequestedFor(urlPathEqualTo("/api/v1/reservations"))
                .withRequestBody(matchingJsonPath("$.reference", containing(planId + "/workload/" + workloadId))));
    }

    /** The distinct Idempotency-Keys of some requests. */
    static Set<String> keys(List<LoggedRequest> calls) {
        return calls.stream().map(r -> r.getHeader("Idempotency-Key")).collect(Collectors.toSet());
    }

    /**
     * Which of these reservations were released so far, in the order of their releases (once per
     * release call; other tests' leftovers are not counted).
     */
    static List<String> released(String... among) {
        Set<String> wanted = Set.of(among);
        return releases().stream().filter(wanted::contains).toList();
    }

    private static List<String> releases() {
        return wiremock().getAllServeEvents().stream().map(e -> e.getRequest())
                .filter(r -> r.getMethod().getName().equals("DELETE")).sorted(java.util.Comparator.comparing(
                        LoggedRequest::getLoggedDate)).map(r -> r.getUrl().substring(r.getUrl().lastIndexOf('/') + 1))
                .toList();
    }

    private static MappingBuilder reservation(String planId, String workloadId) {
        return post(urlPathEqualTo("/api/v1/reservations"))
                .withRequestBody(matchingJsonPath("$.reference", containing(planId + "/workload/" + workloadId)));
    }

    private static String body(String id, String planId, String workloadId) {
        return "{\"id\":\"" + id + "\",\"siteId\":\"" + UUID.randomUUID() + "\",\"modelCode\":\"GPU_X\",\"gpus\":2,"
                + "\"itMw\":0.003,\"reference\":\"plan/" + planId + "/workload/" + workloadId
                + "\",\"status\":\"ACTIVE\",\"createdAt\":\"2026-01-01T00:00:00Z\",\"createdBy\":\"sovplan-placement\"}";
    }
}
