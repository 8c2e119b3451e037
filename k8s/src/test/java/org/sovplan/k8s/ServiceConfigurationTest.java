package org.sovplan.k8s;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.function.Executable;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerPort;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.apps.Deployment;

/**
 * Each SovPlan service's Deployment against the service's own configuration, read at test time from
 * {@code <module>/src/main/resources/application.properties}: everything the service must get in a
 * cluster is provided, credentials come from Secrets, ports and health endpoints agree, and the
 * shutdown fits in the grace period.
 */
class ServiceConfigurationTest {

    private static Stream<DynamicTest> perService(String check, ServiceCheck body) {
        return Overlay.names().stream().flatMap(name -> Overlay.SERVICES.stream().map(service -> DynamicTest
                .dynamicTest(check + " - " + name + ": " + service, asExecutable(Overlay.get(name), service, body))));
    }

    private static Executable asExecutable(Overlay overlay, String service, ServiceCheck body) {
        return () -> body.check(overlay, service, overlay.deployment(service));
    }

    @FunctionalInterface
    private interface ServiceCheck {
        void check(Overlay overlay, String service, Deployment deployment);
    }

    private static Container container(Deployment deployment) {
        return deployment.getSpec().getTemplate().getSpec().getContainers().get(0);
    }

    /** The value the running service sees: the container's environment first, then its application.properties. */
    private static Optional<String> effective(Overlay overlay, Deployment deployment, QuarkusSettings settings,
            String property) {
        Map<String, Environment.Variable> env = Environment.of(overlay, container(deployment));
        for (String name : QuarkusSettings.envNames(property)) {
            if (env.containsKey(name)) {
                return env.get(name).value();
            }
        }
        return settings == null ? Optional.empty() : settings.prodValue(property);
    }

    @TestFactory
    Stream<DynamicTest> everySettingTheServiceNeedsInAClusterIsProvided() {
        return perService("settings", (overlay, service, deployment) -> {
            Optional<QuarkusSettings> settings = QuarkusSettings.forModule(service);
            assumeTrue(settings.isPresent(), service + " has no application.properties yet");
            Map<String, Environment.Variable> env = Environment.of(overlay, container(deployment));
            List<String> missing = new ArrayList<>();
            for (QuarkusSettings.Requirement requirement : settings.get().required()) {
                if (requirement.envNames().stream().noneMatch(env::containsKey)) {
                    missing.add(requirement.property() + " (" + requirement.reason() + ") as one of "
                            + requirement.envNames());
                }
            }
            assertEquals(List.of(), missing, overlay + ": " + service + " must get these from its ConfigMap/Secrets");
        });
    }

    @TestFactory
    Stream<DynamicTest> credentialsComeFromSecretsOnly() {
        return perService("credentials", (overlay, service, deployment) -> {
            List<String> exposed = Environment.of(overlay, container(deployment)).values().stream()
                    .filter(v -> v.name().matches(".*(PASSWORD|SECRET|CREDENTIALS|TOKEN|PRIVATE_KEY).*"))
                    .filter(v -> v.source() != Environment.Source.SECRET)
                    .map(v -> v.name() + " from " + v.source() + " " + v.from()).toList();
            assertEquals(List.of(), exposed);
        });
    }

    @TestFactory
    Stream<DynamicTest> servicesWithADatabaseGetTheirCredentialsFromASecretAndMigrateAtStart() {
        return perService("database", (overlay, service, deployment) -> {
            Optional<QuarkusSettings> settings = QuarkusSettings.forModule(service);
            assumeTrue(settings.isPresent(), service + " has no application.properties yet");
            Map<String, Environment.Variable> env = Environment.of(overlay, container(deployment));
            if (settings.get().prodValue("quarkus.datasource.db-kind").isEmpty()) {
                assertEquals(List.of(), env.keySet().stream().filter(k -> k.startsWith("QUARKUS_DATASOURCE_")).toList(),
                        service + " has no database and gets no database settings");
                return;
            }
            for (String name : List.of("QUARKUS_DATASOURCE_USERNAME", "QUARKUS_DATASOURCE_PASSWORD",
                    "QUARKUS_DATASOURCE_JDBC_URL")) {
                assertTrue(env.containsKey(name), name + " is not provided");
            }
            assertEquals(Environment.Source.SECRET, env.get("QUARKUS_DATASOURCE_USERNAME").source());
            assertEquals(Environment.Source.SECRET, env.get("QUARKUS_DATASOURCE_PASSWORD").source());
            // k8s/README.md relies on it: Flyway migrates at start under its PostgreSQL advisory lock,
            // so several replicas starting together apply each migration once.
            assertEquals(Optional.of("true"), effective(overlay, deployment, settings.get(),
                    "quarkus.flyway.migrate-at-start"), "quarkus.flyway.migrate-at-start");
        });
    }

    @TestFactory
    Stream<DynamicTest> theContainerPortIsThePortTheServiceListensOn() {
        return perService("port", (overlay, service, deployment) -> {
            QuarkusSettings settings = QuarkusSettings.forModule(service).orElse(null);
            int port = Integer.parseInt(effective(overlay, deployment, settings, "quarkus.http.port").orElse("8080"));
            ContainerPort http = container(deployment).getPorts().stream().filter(p -> "http".equals(p.getName()))
                    .findFirst().orElseThrow(() -> new AssertionError("no container port named http"));
            assertEquals(port, http.getContainerPort());
        });
    }

    /**
     * Quarkus reads a trusted-proxy entry that is not an IPv4 address, an IPv4 CIDR or an IPv6 CIDR (a bare
     * {@code ::1}, say) as a host name, and resolves it through DNS on the event loop for each forwarded
     * request: where DNS does not answer, one request in every few dozen waits the resolver's 5 s timeout.
     */
    @TestFactory
    Stream<DynamicTest> trustedProxiesAreAddressesOrNetworksNeverHostNames() {
        return perService("trusted proxies", (overlay, service, deployment) -> {
            QuarkusSettings settings = QuarkusSettings.forModule(service).orElse(null);
            List<String> names = effective(overlay, deployment, settings, "quarkus.http.proxy.trusted-proxies")
                    .stream().flatMap(value -> Stream.of(value.split(","))).map(String::trim)
                    .filter(entry -> !TRUSTED_PROXY.matcher(entry).matches()).toList();
            assertEquals(List.of(), names, "entries Quarkus would resolve as host names; write them as CIDRs");
        });
    }

    /**
     * The pod networks an ingress controller (and the gateway, for the services) can have an address in: kind's
     * and minikube's (flannel, 10.244.0.0/16), k3s's (10.42.0.0/16), Calico's default (192.168.0.0/16), cloud VPC
     * ranges (EKS and AKS give pods VPC addresses, e.g. 172.31.0.0/16 or 10.0.0.0/16) and IPv6 unique-local pod
     * networks (fd00::/8).
     */
    private static final List<String> POD_NETWORKS = List.of("10.244.0.0/16", "10.42.0.0/16", "192.168.0.0/16",
            "172.31.0.0/16", "10.0.0.0/16", "fd00::/8");

    /**
     * The ingress controller sends {@code X-Forwarded-Host}, {@code -Proto} and {@code -For}, and the gateway passes
     * them on: each service (the gateway first) honours them from the pod networks the ingress and the gateway are
     * in, so that a {@code Location} names the ingress host and https, never a pod's address.
     */
    @TestFactory
    Stream<DynamicTest> forwardedHeadersAreTrustedFromThePodNetworks() {
        return perService("forwarded headers", (overlay, service, deployment) -> {
            QuarkusSettings settings = QuarkusSettings.forModule(service).orElse(null);
            for (String property : List.of("quarkus.http.proxy.proxy-address-forwarding",
                    "quarkus.http.proxy.allow-x-forwarded", "quarkus.http.proxy.enable-forwarded-host")) {
                assertEquals(Optional.of("true"), effective(overlay, deployment, settings, property), property);
            }
            List<String> trusted = effective(overlay, deployment, settings, "quarkus.http.proxy.trusted-proxies")
                    .stream().flatMap(value -> Stream.of(value.split(","))).map(String::trim).toList();
            List<String> untrusted = POD_NETWORKS.stream()
                    .filter(network -> trusted.stream().noneMatch(entry -> Networks.contains(entry, network)))
                    .toList();
            assertEquals(List.of(), untrusted, "pod networks whose forwarded headers " + service
                    + " would ignore; trusted: " + trusted);
        });
    }

    private static final Pattern TRUSTED_PROXY = Pattern
            .compile("\\d{1,3}(\\.\\d{1,3}){3}(/\\d{1,2})?|[0-9a-fA-F:]*:[0-9a-fA-F:]*/\\d{1,3}");

    @TestFactory
    Stream<DynamicTest> probesUseTheQuarkusHealthEndpoints() {
        return perService("probes", (overlay, service, deployment) -> {
            Container container = container(deployment);
            assertProbe(container.getStartupProbe(), "/q/health/started");
            assertProbe(container.getLivenessProbe(), "/q/health/live");
            assertProbe(container.getReadinessProbe(), "/q/health/ready");
        });
    }

    private static void assertProbe(Probe probe, String path) {
        assertNotNull(probe, "no probe for " + path);
        assertNotNull(probe.getHttpGet(), path + " must be an httpGet probe (the native image has no shell)");
        assertEquals(path, probe.getHttpGet().getPath());
        assertEquals("http", probe.getHttpGet().getPort().getStrVal());
    }

    @TestFactory
    Stream<DynamicTest> shutdownFinishesWithinTheGracePeriod() {
        return perService("shutdown", (overlay, service, deployment) -> {
            QuarkusSettings settings = QuarkusSettings.forModule(service).orElse(null);
            Duration timeout = effective(overlay, deployment, settings, "quarkus.shutdown.timeout")
                    .map(QuarkusSettings::duration)
                    .orElseThrow(() -> new AssertionError("no quarkus.shutdown.timeout: Quarkus would wait for "
                            + "requests without bound and the kubelet would kill it mid-request"));
            // quarkus.shutdown.delay-enabled is fixed at build time, so only application.properties can enable it.
            boolean delayEnabled = settings != null
                    && settings.prodValue("quarkus.shutdown.delay-enabled").map(Boolean::parseBoolean).orElse(false);
            Duration delay = delayEnabled ? effective(overlay, deployment, settings, "quarkus.shutdown.delay")
                    .map(QuarkusSettings::duration).orElse(Duration.ZERO) : Duration.ZERO;
            var lifecycle = container(deployment).getLifecycle();
            Duration preStop = lifecycle != null && lifecycle.getPreStop() != null
                    && lifecycle.getPreStop().getSleep() != null
                            ? Duration.ofSeconds(lifecycle.getPreStop().getSleep().getSeconds())
                            : Duration.ZERO;
            Long grace = deployment.getSpec().getTemplate().getSpec().getTerminationGracePeriodSeconds();
            Duration gracePeriod = Duration.ofSeconds(grace == null ? 30 : grace);
            Duration needed = preStop.plus(delay).plus(timeout);
            assertTrue(needed.compareTo(gracePeriod) < 0, "preStop " + preStop + " + shutdown delay " + delay
                    + " + shutdown timeout " + timeout + " must be shorter than terminationGracePeriodSeconds " + gracePeriod);
        });
    }

    @TestFactory
    Stream<DynamicTest> preStopNeedsNoShell() {
        return perService("preStop", (overlay, service, deployment) -> {
            var lifecycle = container(deployment).getLifecycle();
            assertNotNull(lifecycle, "a preStop pause lets endpoints drop the pod before Quarkus stops");
            assertNotNull(lifecycle.getPreStop().getSleep(), "the native-micro image has no shell: use the "
                    + "kubelet's sleep action, not exec");
        });
    }
}
