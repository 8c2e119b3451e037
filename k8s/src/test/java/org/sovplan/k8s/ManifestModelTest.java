package org.sovplan.k8s;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Namespace;

/** Every overlay renders, and every document in it is valid against the Kubernetes model. */
class ManifestModelTest {

    static List<String> overlays() {
        return Overlay.names();
    }

    @Test
    void thereAreDevAndProdOverlays() {
        assertTrue(Overlay.names().containsAll(List.of("dev", "prod")), Overlay.names().toString());
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void everyDocumentParsesStrictlyIntoTheTypedModel(String name) {
        Overlay overlay = Overlay.get(name);
        assertFalse(overlay.resources().isEmpty(), name + " renders nothing");
        assertEquals(overlay.documents().size(), overlay.resources().size());
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void everyCustomResourceHasItsRequiredFieldsAndNoUnknownOnes(String name) {
        List<String> problems = Overlay.get(name).all(GenericKubernetesResource.class).stream()
                .flatMap(r -> CustomResources.problems(r).stream()).toList();
        assertEquals(List.of(), problems);
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void noTwoObjectsShareKindAndName(String name) {
        Set<String> seen = new HashSet<>();
        for (HasMetadata resource : Overlay.get(name).resources()) {
            String id = resource.getKind() + "/" + resource.getMetadata().getName();
            assertTrue(seen.add(id), name + ": " + id + " appears twice");
        }
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void everythingLandsInOneNamespaceThatEnforcesTheRestrictedPodSecurityStandard(String name) {
        Overlay overlay = Overlay.get(name);
        String namespace = overlay.namespace();
        for (HasMetadata resource : overlay.resources()) {
            if (!(resource instanceof Namespace)) {
                assertEquals(namespace, resource.getMetadata().getNamespace(),
                        name + ": " + resource.getKind() + " " + resource.getMetadata().getName());
            }
        }
        Map<String, String> labels = overlay.get(Namespace.class, namespace).getMetadata().getLabels();
        assertEquals("restricted", labels.get("pod-security.kubernetes.io/enforce"), name + ": " + labels);
    }

    @Test
    void theBaseRendersAndParsesOnItsOwn() {
        Overlay base = Overlay.render("base", Paths.k8s().resolve("base"));
        assertEquals(Set.copyOf(Overlay.SERVICES),
                Set.copyOf(base.workloads().stream().map(Workload::name).toList()));
    }
}
