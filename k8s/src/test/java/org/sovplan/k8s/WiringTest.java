package org.sovplan.k8s;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.JsonNode;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerPort;
import io.fabric8.kubernetes.api.model.EnvFromSource;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServicePort;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.networking.v1.HTTPIngressPath;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.IngressRule;

/** Objects that refer to each other find each other: selectors, ports, names of ConfigMaps and Secrets. */
class WiringTest {

    static List<String> overlays() {
        return Overlay.names();
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void everyServiceSelectsPodsAndTheirPort(String name) {
        Overlay overlay = Overlay.get(name);
        List<String> problems = new ArrayList<>();
        for (Service service : overlay.all(Service.class)) {
            List<Workload> selected = overlay.workloads().stream()
                    .filter(w -> Labels.matches(service.getSpec().getSelector(), w.podLabels())).toList();
            if (selected.isEmpty()) {
                problems.add(service.getMetadata().getName() + " selects no pods");
                continue;
            }
            for (ServicePort port : service.getSpec().getPorts()) {
                IntOrString target = port.getTargetPort() == null ? new IntOrString(port.getPort()) : port.getTargetPort();
                for (Workload workload : selected) {
                    if (!exposes(workload, target)) {
                        problems.add(service.getMetadata().getName() + " targets port " + target.getValue()
                                + ", which " + workload.describe() + " does not expose");
                    }
                }
            }
        }
        assertEquals(List.of(), problems);
    }

    private static boolean exposes(Workload workload, IntOrString target) {
        return workload.containers().stream().flatMap(c -> c.getPorts() == null ? Stream.<ContainerPort>empty()
                : c.getPorts().stream()).anyMatch(p -> target.getIntVal() != null
                        ? target.getIntVal().equals(p.getContainerPort())
                        : target.getStrVal().equals(p.getName()));
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void theIngressRoutesOnlyTheApiItsDocumentationAndTheDashboardToTheGateway(String name) {
        Overlay overlay = Overlay.get(name);
        List<Ingress> ingresses = overlay.all(Ingress.class);
        assertEquals(1, ingresses.size(), "the gateway is the only public entry");
        for (IngressRule rule : ingresses.get(0).getSpec().getRules()) {
            for (HTTPIngressPath path : rule.getHttp().getPaths()) {
                var backend = path.getBackend().getService();
                assertEquals("gateway", backend.getName());
                Service gateway = overlay.get(Service.class, "gateway");
                assertTrue(gateway.getSpec().getPorts().stream().anyMatch(p -> p.getName().equals(backend.getPort().getName())));
                assertTrue(Set.of("/api", "/q/openapi", "/q/swagger-ui", "/", "/assets", "/dashboard.json")
                        .contains(path.getPath()),
                        path.getPath() + " must not be public (health and metrics stay inside)");
            }
        }
        assertTrue(ingresses.get(0).getSpec().getIngressClassName() != null, "set ingressClassName in the overlay");
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void everyReferencedConfigMapExistsWithItsKeys(String name) {
        Overlay overlay = Overlay.get(name);
        List<String> missing = new ArrayList<>();
        for (Workload workload : overlay.workloads()) {
            for (Container container : workload.allContainers()) {
                for (EnvFromSource from : nullSafe(container.getEnvFrom())) {
                    if (from.getConfigMapRef() != null && overlay.configMap(from.getConfigMapRef().getName()).isEmpty()) {
                        missing.add(workload.describe() + " envFrom " + from.getConfigMapRef().getName());
                    }
                }
                for (EnvVar var : nullSafe(container.getEnv())) {
                    if (var.getValueFrom() != null && var.getValueFrom().getConfigMapKeyRef() != null) {
                        var ref = var.getValueFrom().getConfigMapKeyRef();
                        boolean present = overlay.configMap(ref.getName())
                                .map(c -> c.getData() != null && c.getData().containsKey(ref.getKey())).orElse(false);
                        if (!present) {
                            missing.add(workload.describe() + " " + var.getName() + " <- " + ref.getName() + "/" + ref.getKey());
                        }
                    }
                }
            }
            for (Volume volume : nullSafe(workload.template().getSpec().getVolumes())) {
                if (volume.getConfigMap() != null && overlay.configMap(volume.getConfigMap().getName()).isEmpty()) {
                    missing.add(workload.describe() + " volume " + volume.getConfigMap().getName());
                }
            }
        }
        assertEquals(List.of(), missing);
    }

    /** Names of the Secrets the overlay's workloads and Ingress refer to, and which of them it defines. */
    static Set<String> referencedSecrets(Overlay overlay) {
        Set<String> names = new TreeSet<>();
        for (Workload workload : overlay.workloads()) {
            for (Container container : workload.allContainers()) {
                for (EnvFromSource from : nullSafe(container.getEnvFrom())) {
                    if (from.getSecretRef() != null) {
                        names.add(from.getSecretRef().getName());
                    }
                }
                for (EnvVar var : nullSafe(container.getEnv())) {
                    if (var.getValueFrom() != null && var.getValueFrom().getSecretKeyRef() != null) {
                        names.add(var.getValueFrom().getSecretKeyRef().getName());
                    }
                }
            }
            for (Volume volume : nullSafe(workload.template().getSpec().getVolumes())) {
                if (volume.getSecret() != null) {
                    names.add(volume.getSecret().getSecretName());
                }
            }
        }
        for (Ingress ingress : overlay.all(Ingress.class)) {
            nullSafe(ingress.getSpec().getTls()).forEach(tls -> names.add(tls.getSecretName()));
        }
        return names;
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void serviceMonitorsSelectAServiceWithTheirPort(String name) {
        Overlay overlay = Overlay.get(name);
        for (GenericKubernetesResource monitor : overlay.custom(CustomResources.SERVICE_MONITOR)) {
            JsonNode spec = CustomResources.spec(monitor);
            var selector = StrictModel.readTyped(spec.path("selector"), io.fabric8.kubernetes.api.model.LabelSelector.class);
            List<Service> services = overlay.all(Service.class).stream()
                    .filter(s -> Labels.matches(selector, s.getMetadata().getLabels())).toList();
            assertEquals(1, services.size(), "ServiceMonitor " + monitor.getMetadata().getName() + " selects " + services.size());
            for (JsonNode endpoint : spec.path("endpoints")) {
                String port = endpoint.path("port").asText();
                assertTrue(services.get(0).getSpec().getPorts().stream().anyMatch(p -> port.equals(p.getName())),
                        monitor.getMetadata().getName() + ": no Service port " + port);
                assertEquals("/q/metrics", endpoint.path("path").asText());
            }
        }
    }

    private static <T> List<T> nullSafe(List<T> list) {
        return list == null ? List.of() : list;
    }
}
