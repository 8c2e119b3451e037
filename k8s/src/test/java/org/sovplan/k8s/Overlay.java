package org.sovplan.k8s;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;

/**
 * One kustomization rendered by {@code kubectl kustomize} and read into the strict typed model. Each
 * directory is rendered once per test run.
 */
final class Overlay {

    /** The SovPlan services, by Deployment name, which is also the Maven module directory. */
    static final List<String> SERVICES = List.of("gateway", "capacity-service", "energy-service", "placement-service");

    private static final Map<String, Overlay> CACHE = new ConcurrentHashMap<>();

    private final String name;
    private final List<JsonNode> documents;
    private final List<HasMetadata> resources;

    private Overlay(String name, List<JsonNode> documents) {
        this.name = name;
        this.documents = documents;
        this.resources = documents.stream().map(StrictModel::read).toList();
    }

    /** The overlays under k8s/overlays, by directory name. */
    static List<String> names() {
        try (Stream<Path> dirs = Files.list(Paths.k8s().resolve("overlays"))) {
            return dirs.filter(d -> Files.isRegularFile(d.resolve("kustomization.yaml")))
                    .map(d -> d.getFileName().toString()).sorted().toList();
        } catch (java.io.IOException e) {
            throw new AssertionError("cannot list k8s/overlays: " + e.getMessage(), e);
        }
    }

    /** A rendered overlay, e.g. "dev" or "prod". */
    static Overlay get(String overlay) {
        return CACHE.computeIfAbsent(overlay, o -> render(o, Paths.k8s().resolve("overlays").resolve(o)));
    }

    static Overlay dev() {
        return get("dev");
    }

    static Overlay prod() {
        return get("prod");
    }

    /** Renders any kustomization directory (also the base, or a broken copy in a test). */
    static Overlay render(String label, Path dir) {
        return new Overlay(label, StrictModel.documents(Kubectl.kustomize(dir)));
    }

    String name() {
        return name;
    }

    @Override
    public String toString() {
        return name;
    }

    List<JsonNode> documents() {
        return documents;
    }

    List<HasMetadata> resources() {
        return resources;
    }

    <T extends HasMetadata> List<T> all(Class<T> type) {
        return resources.stream().filter(type::isInstance).map(type::cast).toList();
    }

    <T extends HasMetadata> Optional<T> find(Class<T> type, String resourceName) {
        return all(type).stream().filter(r -> r.getMetadata().getName().equals(resourceName)).findFirst();
    }

    <T extends HasMetadata> T get(Class<T> type, String resourceName) {
        return find(type, resourceName).orElseThrow(() -> new AssertionError(
                name + ": no " + type.getSimpleName() + " named " + resourceName));
    }

    /** Custom resources of one apiVersion/kind, e.g. {@link CustomResources#CNPG_CLUSTER}. */
    List<GenericKubernetesResource> custom(String apiVersionAndKind) {
        return all(GenericKubernetesResource.class).stream()
                .filter(r -> (r.getApiVersion() + "/" + r.getKind()).equals(apiVersionAndKind)).toList();
    }

    /** Deployments and StatefulSets. */
    List<Workload> workloads() {
        return Stream.concat(all(Deployment.class).stream().map(Workload::of),
                all(StatefulSet.class).stream().map(Workload::of)).toList();
    }

    Deployment deployment(String deploymentName) {
        return get(Deployment.class, deploymentName);
    }

    Optional<ConfigMap> configMap(String configMapName) {
        return find(ConfigMap.class, configMapName);
    }

    Optional<Secret> secret(String secretName) {
        return find(Secret.class, secretName);
    }

    /** The namespace every namespaced object is rendered into (set by the overlay). */
    String namespace() {
        return resources.stream().filter(r -> !"Namespace".equals(r.getKind()))
                .map(r -> r.getMetadata().getNamespace()).filter(n -> n != null).findFirst()
                .orElse("default");
    }
}
