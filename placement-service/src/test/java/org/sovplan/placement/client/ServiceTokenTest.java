package org.sovplan.placement.client;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sovplan.common.domain.DependencyUnavailable;
import org.sovplan.placement.support.DependencyStubs;
import org.sovplan.testsupport.TestTokens;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.stubbing.Scenario;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;

/**
 * A dependency that answers 401 (Keycloak restarted with new keys, or rotated them) gets a newly fetched
 * service-account token before anything counts as a failure; a 401 to the new token too is reported as
 * what it is, never as an open circuit breaker; and every 503 says when to retry.
 */
@QuarkusTest
class ServiceTokenTest {

    private static final String TOKEN_PATH = "/auth/realms/quarkus/token";

    @Inject
    CapacityClient capacity;

    @Inject
    PlanningDataLoader loader;

    @Inject
    CircuitBreakerMaintenance breakers;

    private final WireMockServer wiremock = DependencyStubs.server();
    private WireMock identityProvider;

    @BeforeEach
    void connect() {
        breakers.resetAll();
        URI keycloak = URI.create(ConfigProvider.getConfig().getValue("keycloak.url", String.class));
        identityProvider = new WireMock(keycloak.getHost(), keycloak.getPort());
    }

    @AfterEach
    void reset() {
        wiremock.resetAll();
        breakers.resetAll();
    }

    @Test
    void a401DropsTheTokenFetchesANewOneAndTheCallSucceeds() {
        capacity.model("ANY");
        int tokensBefore = tokenRequests();
        wiremock.stubFor(get(urlPathEqualTo("/api/v1/regions/KE-30")).inScenario("keys changed")
                .whenScenarioStateIs(Scenario.STARTED).willReturn(aResponse().withStatus(401))
                .willSetStateTo("new token"));
        wiremock.stubFor(get(urlPathEqualTo("/api/v1/regions/KE-30")).inScenario("keys changed")
                .whenScenarioStateIs("new token")
                .willReturn(okJson("{\"code\":\"KE-30\",\"name\":\"Nairobi\",\"lat\":-1.29,\"lon\":36.82}")));

        assertThat(capacity.region("KE-30")).get().satisfies(r -> assertThat(r.name()).isEqualTo("Nairobi"));

        assertThat(wiremock.findAll(getRequestedFor(urlPathEqualTo("/api/v1/regions/KE-30")))).hasSizeGreaterThanOrEqualTo(2);
        assertThat(tokenRequests()).isGreaterThan(tokensBefore);
    }

    @Test
    void a401ToTheNewTokenIsReportedAsSuchAndNeverOpensTheCircuit() {
        // a token in hand and warm code paths first, so that no attempt below runs into the test timeout
        capacity.model("ANY");
        breakers.resetAll();
        wiremock.stubFor(get(urlPathEqualTo("/api/v1/sites")).willReturn(aResponse().withStatus(401)));
        // more attempts than the breaker's request volume threshold (4): it would open if 401s counted
        for (int attempt = 1; attempt <= 6; attempt++) {
            assertThatThrownBy(() -> loader.load(List.of(), LocalDate.of(2027, 1, 1)))
                    .isInstanceOf(DependencyUnavailable.class)
                    .hasMessageContaining("capacity-service is unavailable")
                    .hasMessageContaining("HTTP 401")
                    .hasMessageNotContaining("circuit breaker");
        }
        // each attempt asked with the cached token and again with a new one
        assertThat(wiremock.findAll(getRequestedFor(urlPathEqualTo("/api/v1/sites")))).hasSizeGreaterThanOrEqualTo(12);
    }

    @Test
    void aPlanOverARefusingDependencyIs503WithRetryAfterAndTheCause() {
        wiremock.stubFor(get(urlPathEqualTo("/api/v1/sites")).willReturn(aResponse().withStatus(401)));
        given().auth().oauth2(TestTokens.planner()).contentType(ContentType.JSON)
                .body(Map.of("workloadIds", List.of(workload()), "timeLimitSeconds", 5, "horizonDate", "2027-01-01"))
                .post("/api/v1/plans")
                .then().statusCode(503).contentType("application/problem+json")
                .header("Retry-After", "5")
                .body("detail", containsString("HTTP 401"))
                .body("detail", not(containsString("circuit breaker")));
    }

    private static String workload() {
        Map<String, Object> body = Map.of("name", "Refused " + UUID.randomUUID(), "type", "TRAINING",
                "paramsBillion", 1, "precision", "bf16", "trainTokensBillion", 7, "targetDays", 1, "mfu", 0.5,
                "priority", 5, "regionCode", "KE");
        return given().auth().oauth2(TestTokens.planner()).contentType(ContentType.JSON).body(body)
                .post("/api/v1/workloads").then().statusCode(201).extract().path("id");
    }

    private int tokenRequests() {
        return identityProvider.find(postRequestedFor(urlPathEqualTo(TOKEN_PATH))).size();
    }
}
