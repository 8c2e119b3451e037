package org.sovplan.k8s;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.TopologySpreadConstraint;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;

/** The prod overlay: highly available, autoscaled, CloudNativePG, external issuer, no committed secrets. */
class ProdOverlayTest {

    private final Overlay prod = Overlay.prod();

    /** Secrets prod refers to but never commits: made by CloudNativePG, or by the operators (k8s/README.md). */
    static final Set<String> EXTERNAL_SECRETS = Set.of(
            "capacity-db-app", "energy-db-app", "placement-db-app",
            "capacity-db-ca", "energy-db-ca", "placement-db-ca",
            "placement-oidc-client", "sovplan-tls");

    @Test
    void everyServiceRunsAtLeastTwoReplicasSpreadAcrossZones() {
        for (String service : Overlay.SERVICES) {
            Deployment deployment = prod.deployment(service);
            assertTrue(deployment.getSpec().getReplicas() >= 2, service + " replicas");
            Map<String, String> podLabels = deployment.getSpec().getTemplate().getMetadata().getLabels();
            List<TopologySpreadConstraint> spread = deployment.getSpec().getTemplate().getSpec()
                    .getTopologySpreadConstraints();
            assertNotNull(spread, service + " has no topologySpreadConstraints");
            assertTrue(spread.stream().anyMatch(c -> c.getTopologyKey().equals("topology.kubernetes.io/zone")
                    && Labels.matches(c.getLabelSelector(), podLabels)), service + ": no zone spread over its own pods");
        }
    }

    @Test
    void everyServiceHasAnAutoscalerFromTwoReplicas() {
        for (String service : Overlay.SERVICES) {
            List<HorizontalPodAutoscaler> hpas = prod.all(HorizontalPodAutoscaler.class).stream()
                    .filter(h -> h.getSpec().getScaleTargetRef().getKind().equals("Deployment")
                            && h.getSpec().getScaleTargetRef().getName().equals(service))
                    .toList();
            assertEquals(1, hpas.size(), service + " autoscalers");
            var spec = hpas.get(0).getSpec();
            assertTrue(spec.getMinReplicas() >= 2, service + " minReplicas");
            assertTrue(spec.getMaxReplicas() > spec.getMinReplicas(), service + " maxReplicas");
            assertFalse(spec.getMetrics().isEmpty(), service + " has no metric to scale on");
        }
    }

    @Test
    void everyServiceHasADisruptionBudgetThatKeepsAPodRunning() {
        for (String service : Overlay.SERVICES) {
            Deployment deployment = prod.deployment(service);
            Map<String, String> podLabels = deployment.getSpec().getTemplate().getMetadata().getLabels();
            List<PodDisruptionBudget> budgets = prod.all(PodDisruptionBudget.class).stream()
                    .filter(p -> Labels.matches(p.getSpec().getSelector(), podLabels)).toList();
            assertEquals(1, budgets.size(), service + " disruption budgets");
            var spec = budgets.get(0).getSpec();
            int replicas = deployment.getSpec().getReplicas();
            if (spec.getMaxUnavailable() != null) {
                int maxUnavailable = spec.getMaxUnavailable().getIntVal();
                assertTrue(maxUnavailable >= 1 && maxUnavailable < replicas, service + " maxUnavailable");
            } else {
                int minAvailable = spec.getMinAvailable().getIntVal();
                assertTrue(minAvailable >= 1 && minAvailable < replicas, service + " minAvailable");
            }
        }
    }

    @Test
    void eachServiceWithADatabaseUsesItsOwnCloudNativePgClusterOverVerifiedTls() {
        for (String prefix : List.of("capacity", "energy", "placement")) {
            String service = prefix + "-service";
            Container container = prod.deployment(service).getSpec().getTemplate().getSpec().getContainers().get(0);
            Map<String, Environment.Variable> env = Environment.of(prod, container);
            String url = env.get("QUARKUS_DATASOURCE_JDBC_URL").value().orElseThrow();
            Matcher jdbc = Pattern.compile("jdbc:postgresql://([\\w-]+)-rw:5432/(\\w+)\\?(.*)").matcher(url);
            assertTrue(jdbc.matches(), service + ": " + url);
            String clusterName = jdbc.group(1);
            GenericKubernetesResource cluster = prod.custom(CustomResources.CNPG_CLUSTER).stream()
                    .filter(c -> c.getMetadata().getName().equals(clusterName)).findFirst()
                    .orElseThrow(() -> new AssertionError(service + " points at missing Cluster " + clusterName));
            JsonNode initdb = CustomResources.spec(cluster).path("bootstrap").path("initdb");
            assertEquals(jdbc.group(2), initdb.path("database").asText(), service + " database");
            assertEquals(clusterName + "-app", env.get("QUARKUS_DATASOURCE_USERNAME").from(),
                    service + ": credentials from the Secret the operator generates");
            assertEquals(clusterName + "-app", env.get("QUARKUS_DATASOURCE_PASSWORD").from());
            assertTrue(jdbc.group(3).contains("sslmode=verify-full"), service + ": " + url);
            Matcher root = Pattern.compile("sslrootcert=([^&]+)").matcher(jdbc.group(3));
            assertTrue(root.find(), service + ": no sslrootcert");
            String mountPath = root.group(1).substring(0, root.group(1).lastIndexOf('/'));
            String volume = container.getVolumeMounts().stream().filter(m -> m.getMountPath().equals(mountPath))
                    .findFirst().orElseThrow(() -> new AssertionError(service + ": nothing mounted at " + mountPath))
                    .getName();
            var secret = prod.deployment(service).getSpec().getTemplate().getSpec().getVolumes().stream()
                    .filter(v -> v.getName().equals(volume)).findFirst().orElseThrow().getSecret();
            assertEquals(clusterName + "-ca", secret.getSecretName());
            assertEquals(List.of("ca.crt"), secret.getItems().stream().map(i -> i.getKey()).toList(),
                    "mount the CA certificate only, never ca.key");
        }
    }

    @Test
    void everyDatabaseClusterIsHighlyAvailable() {
        List<GenericKubernetesResource> clusters = prod.custom(CustomResources.CNPG_CLUSTER);
        assertEquals(3, clusters.size());
        for (GenericKubernetesResource cluster : clusters) {
            assertTrue(CustomResources.spec(cluster).path("instances").asInt() >= 2,
                    cluster.getMetadata().getName() + " needs a standby");
        }
    }

    @Test
    void everyServiceIsScrapedByPrometheus() {
        Set<String> monitored = new java.util.TreeSet<>();
        for (GenericKubernetesResource monitor : prod.custom(CustomResources.SERVICE_MONITOR)) {
            monitored.add(CustomResources.spec(monitor).path("selector").path("matchLabels")
                    .path("app.kubernetes.io/name").asText());
        }
        assertEquals(new java.util.TreeSet<>(Overlay.SERVICES), monitored);
    }

    @Test
    void noSecretIsCommittedAndEveryExternalSecretIsDocumented() throws IOException {
        assertEquals(List.of(), prod.all(Secret.class).stream().map(s -> s.getMetadata().getName()).toList());
        assertEquals(new java.util.TreeSet<>(EXTERNAL_SECRETS), WiringTest.referencedSecrets(prod));
        String readme = Files.readString(Paths.k8s().resolve("README.md"));
        for (String secret : EXTERNAL_SECRETS) {
            assertTrue(readme.contains(secret), "k8s/README.md must say where Secret " + secret + " comes from");
        }
    }

    @Test
    void theIssuerIsAnExternalHttpsUrlSetInOnePlace() {
        for (String service : Overlay.SERVICES) {
            Map<String, Environment.Variable> env = Environment.of(prod,
                    prod.deployment(service).getSpec().getTemplate().getSpec().getContainers().get(0));
            Environment.Variable issuer = env.get("QUARKUS_OIDC_AUTH_SERVER_URL");
            assertTrue(issuer.from().startsWith("sovplan-oidc"), service + " reads the issuer from ConfigMap sovplan-oidc");
            URI uri = URI.create(issuer.value().orElseThrow());
            assertEquals("https", uri.getScheme(), service);
        }
        Environment.Variable clientIssuer = Environment.of(prod, prod.deployment("placement-service").getSpec()
                .getTemplate().getSpec().getContainers().get(0)).get("QUARKUS_OIDC_CLIENT_AUTH_SERVER_URL");
        assertTrue(clientIssuer.from().startsWith("sovplan-oidc"), "placement's token client uses the same issuer");
    }

    @Test
    void prodRunsImagesFromARegistryWithReleaseTags() {
        for (String service : Overlay.SERVICES) {
            String image = prod.deployment(service).getSpec().getTemplate().getSpec().getContainers().get(0).getImage();
            assertTrue(image.matches("[\\w.-]+(:\\d+)?/.+:\\d+\\.\\d+\\.\\d+(-[\\w.]+)?"), service + ": " + image);
            assertFalse(image.contains("SNAPSHOT"), service + ": " + image);
        }
    }
}
