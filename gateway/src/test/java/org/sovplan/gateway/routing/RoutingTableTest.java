package org.sovplan.gateway.routing;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.sovplan.gateway.GatewayConfig.Backend;

class RoutingTableTest {

    record TestBackend(URI url, List<String> resources, Duration responseTimeout) implements Backend {
    }

    static Map<String, Backend> backends(Backend capacity, Backend energy) {
        Map<String, Backend> backends = new LinkedHashMap<>();
        backends.put("capacity", capacity);
        backends.put("energy", energy);
        return backends;
    }

    static final Backend CAPACITY = new TestBackend(URI.create("http://capacity:8081"),
            List.of("regions", "sites"), Duration.ofSeconds(10));
    static final Backend ENERGY = new TestBackend(URI.create("https://energy.internal/base/"),
            List.of("grid-zones"), Duration.ofSeconds(5));

    @Test
    void theFirstSegmentAfterTheApiPrefixNamesTheResource() {
        assertEquals("regions", RoutingTable.resourceOf("/api/v1/regions"));
        assertEquals("regions", RoutingTable.resourceOf("/api/v1/regions/KE"));
        assertEquals("regions", RoutingTable.resourceOf("/api/v1/regions/"));
        assertEquals("plans", RoutingTable.resourceOf("/api/v1/plans/6c1d/events"));
        assertNull(RoutingTable.resourceOf("/api/v1/"));
        assertNull(RoutingTable.resourceOf("/api/v1"));
        assertNull(RoutingTable.resourceOf("/api/v2/regions"));
        assertNull(RoutingTable.resourceOf("/q/health"));
    }

    @Test
    void resourcesResolveToTheirBackendWithItsAddressAndTimeout() {
        RoutingTable table = RoutingTable.of(backends(CAPACITY, ENERGY), Map.of("sites", Duration.ofSeconds(60)));

        BackendRoute regions = table.resolve("/api/v1/regions/KE").orElseThrow();
        BackendRoute sites = table.resolve("/api/v1/sites").orElseThrow();
        BackendRoute zones = table.resolve("/api/v1/grid-zones/KE").orElseThrow();

        assertEquals("capacity", regions.backend());
        assertEquals(8081, regions.port());
        assertEquals(Duration.ofSeconds(10), regions.responseTimeout());
        assertEquals(Duration.ofSeconds(60), sites.responseTimeout(), "the per-resource override wins");
        assertEquals("energy", zones.backend());
        assertTrue(zones.ssl());
        assertEquals(443, zones.port());
        assertEquals("/base/api/v1/grid-zones/KE?asOf=2027-01-01",
                zones.targetUri("/api/v1/grid-zones/KE", "asOf=2027-01-01"));
        assertTrue(table.resolve("/api/v1/regionsX").isEmpty());
        assertTrue(table.resolve("/api/v1/workloads").isEmpty());
    }

    @Test
    void aResourceClaimedByTwoBackendsStopsTheStart() {
        Backend alsoRegions = new TestBackend(URI.create("http://energy:8082"), List.of("grid-zones", "regions"),
                Duration.ofSeconds(5));

        IllegalStateException failure = assertThrows(IllegalStateException.class,
                () -> RoutingTable.of(backends(CAPACITY, alsoRegions), Map.of()));

        assertThat(failure.getMessage(), allOf(containsString("regions"), containsString("capacity"),
                containsString("energy")));
    }

    @Test
    void aTimeoutForAnUnknownResourceOrABadUrlStopsTheStart() {
        assertThrows(IllegalStateException.class,
                () -> RoutingTable.of(backends(CAPACITY, ENERGY), Map.of("sizng", Duration.ofSeconds(5))));
        Backend noScheme = new TestBackend(URI.create("capacity:8081"), List.of("regions"), Duration.ofSeconds(1));
        assertThrows(IllegalStateException.class, () -> RoutingTable.of(Map.of("capacity", noScheme), Map.of()));
    }
}
