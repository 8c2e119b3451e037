package org.sovplan.placement.client;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.WebApplicationException;

import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sovplan.common.domain.DependencyUnavailable;
import org.sovplan.placement.support.DependencyStubs;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.WireMock;

import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;

/**
 * capacity-service and energy-service failing in the ways they can: down, slow, 5xx, and 404 as
 * an answer. The clients time out, retry, open their circuit, and the loader answers 503.
 */
@QuarkusTest
class DependencyFailureTest {

    @Inject
    CapacityClient capacity;

    @Inject
    EnergyClient energy;

    @Inject
    PlanningDataLoader loader;

    @Inject
    CircuitBreakerMaintenance breakers;

    private final WireMockServer wiremock = DependencyStubs.server();

    @BeforeEach
    void closedCircuits() {
        breakers.resetAll();
    }

    @AfterEach
    void reset() {
        wiremock.resetAll();
        breakers.resetAll();
    }

    @Test
    void a404IsAnAnswerAndNeverOpensTheCircuit() {
        wiremock.stubFor(get(urlPathMatching("/api/v1/regions/.*")).willReturn(aResponse().withStatus(404)));
        for (int i = 0; i < 6; i++) {
            assertThat(capacity.region("ZZ-99")).isEmpty();
        }
        wiremock.stubFor(get(urlPathEqualTo("/api/v1/regions/KE-30"))
                .willReturn(okJson("{\"code\":\"KE-30\",\"name\":\"Nairobi\",\"lat\":-1.29,\"lon\":36.82,\"population\":1}")));
        assertThat(capacity.region("KE-30")).get().satisfies(r -> assertThat(r.lat()).isEqualTo(-1.29));
        // the service account's token travels with every call
        wiremock.verify(getRequestedFor(urlPathEqualTo("/api/v1/regions/KE-30"))
                .withHeader("Authorization", WireMock.matching("Bearer .+")));
    }

    @Test
    void aSlowServiceTimesOut() {
        wiremock.stubFor(get(urlPathEqualTo("/api/v1/accelerator-models"))
                .willReturn(okJson("{\"items\":[],\"page\":0,\"size\":500,\"total\":0}").withFixedDelay(3_000)));
        assertThatThrownBy(() -> capacity.models()).isInstanceOf(TimeoutException.class);
    }

    @Test
    void serverErrorsAreRetriedThenOpenTheCircuit() {
        wiremock.stubFor(get(urlPathEqualTo("/api/v1/grid-zones")).willReturn(aResponse().withStatus(503)));
        assertThatThrownBy(() -> energy.zones()).isInstanceOf(WebApplicationException.class);
        // one call and two retries
        wiremock.verify(3, getRequestedFor(urlPathEqualTo("/api/v1/grid-zones")));
        assertThatThrownBy(() -> energy.zones()).isInstanceOf(CircuitBreakerOpenException.class);
        int seen = wiremock.findAll(getRequestedFor(urlPathEqualTo("/api/v1/grid-zones"))).size();
        assertThatThrownBy(() -> energy.zones()).isInstanceOf(CircuitBreakerOpenException.class);
        assertThat(wiremock.findAll(getRequestedFor(urlPathEqualTo("/api/v1/grid-zones")))).hasSize(seen);
    }

    @Test
    void theLoaderAnswers503NamingTheServiceThatIsDown() {
        wiremock.stubFor(get(urlPathEqualTo("/api/v1/sites")).willReturn(aResponse().withStatus(500)));
        assertThatThrownBy(() -> loader.load(List.of(), LocalDate.of(2027, 1, 1)))
                .isInstanceOf(DependencyUnavailable.class)
                .satisfies(e -> assertThat(((DependencyUnavailable) e).dependency()).isEqualTo("capacity-service"))
                .hasMessageContaining("capacity-service is unavailable: it answered HTTP 500");
    }

    @Test
    void anUnreachableEnergyServiceIs503Too() {
        wiremock.stubFor(get(urlPathEqualTo("/api/v1/sites"))
                .willReturn(okJson("{\"items\":[],\"page\":0,\"size\":500,\"total\":0}")));
        wiremock.stubFor(get(urlPathEqualTo("/api/v1/accelerator-models"))
                .willReturn(okJson("{\"items\":[],\"page\":0,\"size\":500,\"total\":0}")));
        wiremock.stubFor(get(urlPathEqualTo("/api/v1/grid-zones"))
                .willReturn(aResponse().withFault(com.github.tomakehurst.wiremock.http.Fault.CONNECTION_RESET_BY_PEER)));
        assertThatThrownBy(() -> loader.load(List.of(), LocalDate.of(2027, 1, 1)))
                .isInstanceOf(DependencyUnavailable.class).hasMessageContaining("energy-service is unavailable");
    }

    @Test
    void theLoaderReadsClassesRegionNamesEveryZoneAndSitesWithoutAccelerators() {
        wiremock.stubFor(get(urlPathEqualTo("/api/v1/sites")).willReturn(okJson("""
                {"items":[{"id":"00000000-0000-0000-0000-000000000001","name":"Konza","regionCode":"KE-22",
                  "type":"SOVEREIGN_CLOUD","jurisdiction":"KE","sovereigntyLevel":"SEAL-3","status":"OPERATIONAL",
                  "itCapacityMw":2,"availableItMw":2,"gridZoneCode":"KE","lat":-1.69,"lon":37.18,
                  "pools":[{"modelCode":"NVIDIA_L4","installed":8,"reserved":0,"available":8}]},
                 {"id":"00000000-0000-0000-0000-000000000002","name":"Shell","regionCode":"KE-30","type":"COLOCATION",
                  "jurisdiction":"KE","sovereigntyLevel":"SEAL-2","status":"PLANNED","itCapacityMw":18,
                  "gridZoneCode":"KE","lat":-1.3,"lon":36.8,"pools":[]}],"page":0,"size":500,"total":2}""")));
        wiremock.stubFor(get(urlPathEqualTo("/api/v1/accelerator-models")).willReturn(okJson("""
                {"items":[{"code":"NVIDIA_L4","acceleratorClass":"INFERENCE","memoryGb":24,"memoryBandwidthTbps":0.3,
                  "tdpWatts":72,"bf16DenseTflops":121,"unitPriceUsd":2500,"priceEstimated":true},
                 {"code":"FUTURE_X","acceleratorClass":"QUANTUM","memoryGb":24,"memoryBandwidthTbps":0.3,
                  "tdpWatts":72,"bf16DenseTflops":121,"unitPriceUsd":2500}],"page":0,"size":500,"total":2}""")));
        wiremock.stubFor(get(urlPathEqualTo("/api/v1/regions")).willReturn(okJson("""
                {"items":[{"code":"KE","name":"Kenya"},{"code":"KE-22","name":"Machakos","parentCode":"KE"}],
                 "page":0,"size":500,"total":2}""")));
        wiremock.stubFor(get(urlPathEqualTo("/api/v1/grid-zones")).willReturn(okJson("""
                {"items":[{"code":"KE","countryCode":"KE","carbonIntensityGPerKwh":70,"priceUsdPerMwh":150,
                  "headroomMw":120,"estimated":true,"source":"Ember"},
                 {"code":"ET","countryCode":"ET","carbonIntensityGPerKwh":25,"priceUsdPerMwh":30,"headroomMw":400,
                  "estimated":false}],"page":0,"size":500,"total":2}""")));
        wiremock.stubFor(get(urlPathMatching("/api/v1/grid-zones/.*/headroom"))
                .willReturn(okJson("{\"zoneCode\":\"KE\",\"headroomMw\":100}")));
        var inputs = loader.load(List.of(), LocalDate.of(2027, 1, 1));
        assertThat(inputs.sites()).extracting(s -> s.name()).containsExactly("Konza", "Shell");
        assertThat(inputs.sites().get(1).pools()).isEmpty();
        // no PUE stated: the configured default, not a literal
        assertThat(inputs.sites().get(0).pue()).isEqualTo(1.4);
        assertThat(inputs.sites().get(0).type()).isEqualTo("SOVEREIGN_CLOUD");
        assertThat(inputs.models().get("NVIDIA_L4").acceleratorClass())
                .isEqualTo(org.sovplan.placement.sizing.AcceleratorClass.INFERENCE);
        // a class this service does not know is left unstated, and then counts as an inference card
        assertThat(inputs.models().get("FUTURE_X").acceleratorClass()).isNull();
        assertThat(inputs.zones()).containsOnlyKeys("KE", "ET");
        assertThat(inputs.zones().get("KE").headroomMw()).isEqualTo(100);
        assertThat(inputs.zones().get("KE").estimated()).isTrue();
        assertThat(inputs.zones().get("ET").estimated()).isFalse();
        assertThat(inputs.regionName("KE-22")).isEqualTo("Machakos");
        assertThat(inputs.regionName("KE-99")).isEqualTo("KE-99");
    }
}
