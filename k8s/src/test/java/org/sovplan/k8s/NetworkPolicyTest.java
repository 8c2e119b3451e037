package org.sovplan.k8s;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;

/**
 * What the NetworkPolicies of each overlay let through, evaluated from the rendered manifests: deny by
 * default, and open only ingress controller -> gateway -> services, placement -> capacity/energy,
 * each service -> its own database, services -> the issuer, and DNS.
 */
class NetworkPolicyTest {

    private static final NetworkPolicies.Endpoint INGRESS_CONTROLLER = NetworkPolicies.Endpoint.pod(
            "ingress controller", "ingress-nginx", Map.of("app.kubernetes.io/name", "ingress-nginx"), "10.244.9.1");
    private static final NetworkPolicies.Endpoint DNS = NetworkPolicies.Endpoint.pod(
            "kube-dns", "kube-system", Map.of("k8s-app", "kube-dns"), "10.244.9.2");
    private static final NetworkPolicies.Endpoint PROMETHEUS = NetworkPolicies.Endpoint.pod(
            "prometheus", "monitoring", Map.of("app.kubernetes.io/name", "prometheus"), "10.244.9.3");
    private static final NetworkPolicies.Endpoint STRANGER = NetworkPolicies.Endpoint.pod(
            "a pod of another namespace", "default", Map.of("app", "curl"), "10.244.9.4");
    private static final NetworkPolicies.Endpoint INTERNET = NetworkPolicies.Endpoint.external(
            "an address outside the cluster", "203.0.113.10");

    static List<String> overlays() {
        return Overlay.names();
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void everyPodIsCoveredByADefaultDenyInBothDirections(String name) {
        List<NetworkPolicy> denyAll = Overlay.get(name).all(NetworkPolicy.class).stream()
                .filter(p -> Labels.matches(p.getSpec().getPodSelector(), Map.of()))
                .filter(p -> p.getSpec().getPolicyTypes().containsAll(List.of("Ingress", "Egress")))
                .filter(p -> p.getSpec().getIngress() == null || p.getSpec().getIngress().isEmpty())
                .filter(p -> p.getSpec().getEgress() == null || p.getSpec().getEgress().isEmpty())
                .toList();
        assertEquals(1, denyAll.size(), "one policy that selects every pod and allows nothing");
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void everyPolicyAndEveryPodSelectorInARuleMatchesAPod(String name) {
        NetworkPolicies policies = new NetworkPolicies(Overlay.get(name));
        assertEquals(List.of(), policies.policiesSelectingNothing());
        assertEquals(List.of(), policies.peersMatchingNothing());
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void onlyTheIngressControllerReachesTheGatewayAndOnlyTheGatewayIsReachedFromOutside(String name) {
        NetworkPolicies policies = new NetworkPolicies(Overlay.get(name));
        var gateway = policies.pod("gateway");
        assertTrue(policies.allowsTcp(INGRESS_CONTROLLER, gateway, 8080));
        assertFalse(policies.allowsTcp(STRANGER, gateway, 8080));
        for (String service : List.of("capacity-service", "energy-service", "placement-service")) {
            var pod = policies.pod(service);
            for (int port = 8080; port <= 8083; port++) {
                assertFalse(policies.allowsTcp(INGRESS_CONTROLLER, pod, port), "ingress controller -> " + service);
                assertFalse(policies.allowsTcp(STRANGER, pod, port), "another namespace -> " + service);
            }
        }
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void theGatewayReachesTheServicesAndPlacementReachesCapacityAndEnergy(String name) {
        NetworkPolicies policies = new NetworkPolicies(Overlay.get(name));
        var gateway = policies.pod("gateway");
        var capacity = policies.pod("capacity-service");
        var energy = policies.pod("energy-service");
        var placement = policies.pod("placement-service");
        assertTrue(policies.allowsTcp(gateway, capacity, 8081));
        assertTrue(policies.allowsTcp(gateway, energy, 8082));
        assertTrue(policies.allowsTcp(gateway, placement, 8083));
        assertTrue(policies.allowsTcp(placement, capacity, 8081));
        assertTrue(policies.allowsTcp(placement, energy, 8082));

        assertFalse(policies.allowsTcp(capacity, energy, 8082), "capacity -> energy");
        assertFalse(policies.allowsTcp(energy, capacity, 8081), "energy -> capacity");
        assertFalse(policies.allowsTcp(capacity, placement, 8083), "capacity -> placement");
        assertFalse(policies.allowsTcp(energy, placement, 8083), "energy -> placement");
        assertFalse(policies.allowsTcp(placement, gateway, 8080), "placement -> gateway");
        assertFalse(policies.allowsTcp(gateway, capacity, 5432), "only the service port");
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void everyPodResolvesNamesAndNothingLeavesForArbitraryPorts(String name) {
        NetworkPolicies policies = new NetworkPolicies(Overlay.get(name));
        for (var pod : policies.pods()) {
            assertTrue(policies.allows(pod, DNS, 53, "UDP"), pod + " -> DNS/UDP");
            assertTrue(policies.allows(pod, DNS, 53, "TCP"), pod + " -> DNS/TCP");
            assertFalse(policies.allowsTcp(pod, INTERNET, 80), pod + " -> the internet on port 80");
            assertFalse(policies.allowsTcp(pod, STRANGER, 8080), pod + " -> another namespace");
        }
    }

    @Test
    void devServicesReachTheirDatabaseAndKeycloakAndNothingElseReachesThem() {
        NetworkPolicies policies = new NetworkPolicies(Overlay.dev());
        var postgres = policies.pod("postgres");
        var keycloak = policies.pod("keycloak");
        for (String service : List.of("capacity-service", "energy-service", "placement-service")) {
            assertTrue(policies.allowsTcp(policies.pod(service), postgres, 5432), service + " -> postgres");
        }
        for (String service : Overlay.SERVICES) {
            assertTrue(policies.allowsTcp(policies.pod(service), keycloak, 8080), service + " -> keycloak");
            assertFalse(policies.allowsTcp(policies.pod(service), INTERNET, 443), service + " -> the internet");
        }
        assertFalse(policies.allowsTcp(policies.pod("gateway"), postgres, 5432), "the gateway has no database");
        assertFalse(policies.allowsTcp(STRANGER, postgres, 5432));
        assertFalse(policies.allowsTcp(STRANGER, keycloak, 8080));
        assertFalse(policies.allowsTcp(keycloak, postgres, 5432));
    }

    @Test
    void prodServicesReachOnlyTheirOwnCloudNativePgCluster() {
        NetworkPolicies policies = new NetworkPolicies(Overlay.prod());
        List<String> databases = List.of("capacity", "energy", "placement");
        for (String owner : databases) {
            for (String db : databases) {
                boolean allowed = policies.allowsTcp(policies.pod(owner + "-service"), policies.pod(db + "-db"), 5432);
                assertEquals(owner.equals(db), allowed, owner + "-service -> " + db + "-db");
            }
            assertFalse(policies.allowsTcp(policies.pod("gateway"), policies.pod(owner + "-db"), 5432));
            assertFalse(policies.allowsTcp(STRANGER, policies.pod(owner + "-db"), 5432));
        }
    }

    @Test
    void prodDatabasesReplicateAndAreReachableByTheOperator() {
        NetworkPolicies policies = new NetworkPolicies(Overlay.prod());
        var operator = NetworkPolicies.Endpoint.pod("cnpg operator", "cnpg-system",
                Map.of("app.kubernetes.io/name", "cloudnative-pg"), "10.244.9.5");
        var apiServer = NetworkPolicies.Endpoint.external("Kubernetes API server", "172.18.0.2");
        for (String db : List.of("capacity-db", "energy-db", "placement-db")) {
            var instance = policies.pod(db);
            assertTrue(policies.allowsTcp(instance, instance, 5432), db + " replication");
            assertTrue(policies.allowsTcp(operator, instance, 8000), "operator -> " + db + " status");
            assertTrue(policies.allowsTcp(instance, apiServer, 6443), db + " -> API server");
            assertTrue(policies.allowsTcp(PROMETHEUS, instance, 9187), "prometheus -> " + db + " metrics");
        }
    }

    @Test
    void prodServicesReachTheExternalIssuerAndPrometheusScrapesThem() {
        NetworkPolicies policies = new NetworkPolicies(Overlay.prod());
        var issuer = NetworkPolicies.Endpoint.external("OIDC issuer", "198.51.100.7");
        for (String service : Overlay.SERVICES) {
            var pod = policies.pod(service);
            assertTrue(policies.allowsTcp(pod, issuer, 443), service + " -> issuer");
            int port = Integer.parseInt(Overlay.prod().configMap(service + "-config").orElseThrow().getData()
                    .get("QUARKUS_HTTP_PORT"));
            assertTrue(policies.allowsTcp(PROMETHEUS, pod, port), "prometheus -> " + service);
        }
    }
}
