package org.sovplan.k8s;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import io.fabric8.kubernetes.api.model.Capabilities;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.PodSecurityContext;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.SecurityContext;
import io.fabric8.kubernetes.api.model.ServiceAccount;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.VolumeMount;

/**
 * Every Deployment and StatefulSet of every overlay: probes, resources, the restricted Pod Security
 * Standard plus a read-only root filesystem, no API token, and pinned images.
 */
class WorkloadSecurityTest {

    /** Volume types the restricted Pod Security Standard allows. */
    private static final Set<String> RESTRICTED_VOLUMES = Set.of("configMap", "csi", "downwardAPI", "emptyDir",
            "ephemeral", "persistentVolumeClaim", "projected", "secret");

    @TestFactory
    Stream<DynamicTest> everyWorkload() {
        return Overlay.names().stream().flatMap(name -> Overlay.get(name).workloads().stream()
                .map(w -> DynamicTest.dynamicTest(name + ": " + w.describe(), () -> check(w))));
    }

    private static void check(Workload workload) {
        List<String> problems = new ArrayList<>();
        PodSpec pod = workload.template().getSpec();
        checkPod(pod, problems);
        for (Container container : workload.allContainers()) {
            checkContainer(container, problems);
            checkImage(container.getImage(), container.getName(), problems);
        }
        for (Container container : workload.containers()) {
            if (container.getLivenessProbe() == null) {
                problems.add(container.getName() + ": no livenessProbe");
            }
            if (container.getReadinessProbe() == null) {
                problems.add(container.getName() + ": no readinessProbe");
            }
        }
        assertEquals(List.of(), problems, workload.describe());
    }

    private static void checkPod(PodSpec pod, List<String> problems) {
        if (!Boolean.FALSE.equals(pod.getAutomountServiceAccountToken())) {
            problems.add("pod: automountServiceAccountToken must be false (no API token in the pod)");
        }
        for (Boolean hostAccess : new Boolean[] { pod.getHostNetwork(), pod.getHostPID(), pod.getHostIPC() }) {
            if (Boolean.TRUE.equals(hostAccess)) {
                problems.add("pod: host namespaces are not allowed");
            }
        }
        PodSecurityContext security = pod.getSecurityContext();
        if (security == null) {
            problems.add("pod: no securityContext");
            return;
        }
        if (!Boolean.TRUE.equals(security.getRunAsNonRoot())) {
            problems.add("pod: runAsNonRoot must be true");
        }
        if (security.getRunAsUser() == null || security.getRunAsUser() == 0) {
            problems.add("pod: runAsUser must be a non-zero UID");
        }
        if (security.getSeccompProfile() == null || !"RuntimeDefault".equals(security.getSeccompProfile().getType())) {
            problems.add("pod: seccompProfile must be RuntimeDefault");
        }
        for (Volume volume : pod.getVolumes() == null ? List.<Volume>of() : pod.getVolumes()) {
            String type = volumeType(volume);
            if (!RESTRICTED_VOLUMES.contains(type)) {
                problems.add("pod: volume " + volume.getName() + " of type " + type + " is not allowed by restricted");
            }
        }
    }

    private static void checkContainer(Container container, List<String> problems) {
        String name = container.getName();
        SecurityContext security = container.getSecurityContext();
        if (security == null) {
            problems.add(name + ": no securityContext");
            return;
        }
        if (!Boolean.FALSE.equals(security.getAllowPrivilegeEscalation())) {
            problems.add(name + ": allowPrivilegeEscalation must be false");
        }
        if (Boolean.TRUE.equals(security.getPrivileged())) {
            problems.add(name + ": privileged");
        }
        if (!Boolean.TRUE.equals(security.getReadOnlyRootFilesystem())) {
            problems.add(name + ": readOnlyRootFilesystem must be true");
        }
        if (!Boolean.TRUE.equals(security.getRunAsNonRoot())) {
            problems.add(name + ": runAsNonRoot must be true");
        }
        if (security.getRunAsUser() != null && security.getRunAsUser() == 0) {
            problems.add(name + ": runAsUser 0");
        }
        if (security.getSeccompProfile() == null || !"RuntimeDefault".equals(security.getSeccompProfile().getType())) {
            problems.add(name + ": seccompProfile must be RuntimeDefault");
        }
        Capabilities capabilities = security.getCapabilities();
        if (capabilities == null || capabilities.getDrop() == null || !capabilities.getDrop().contains("ALL")) {
            problems.add(name + ": capabilities must drop ALL");
        }
        if (capabilities != null && capabilities.getAdd() != null
                && !Set.of("NET_BIND_SERVICE").containsAll(capabilities.getAdd())) {
            problems.add(name + ": may add no capability but NET_BIND_SERVICE");
        }
        List<VolumeMount> mounts = container.getVolumeMounts() == null ? List.of() : container.getVolumeMounts();
        if (mounts.stream().noneMatch(m -> m.getMountPath().equals("/tmp"))) {
            problems.add(name + ": read-only root filesystem but no writable /tmp (emptyDir)");
        }
        if (container.getPorts() != null && container.getPorts().stream().anyMatch(p -> p.getHostPort() != null)) {
            problems.add(name + ": hostPort is not allowed");
        }
        checkResources(container, problems);
    }

    private static void checkResources(Container container, List<String> problems) {
        var resources = container.getResources();
        Map<String, Quantity> requests = resources == null || resources.getRequests() == null ? Map.of()
                : resources.getRequests();
        Map<String, Quantity> limits = resources == null || resources.getLimits() == null ? Map.of()
                : resources.getLimits();
        for (String resource : List.of("cpu", "memory")) {
            if (!requests.containsKey(resource)) {
                problems.add(container.getName() + ": no " + resource + " request");
            }
            if (!limits.containsKey(resource)) {
                problems.add(container.getName() + ": no " + resource + " limit");
            }
            if (requests.containsKey(resource) && limits.containsKey(resource)
                    && Quantity.getAmountInBytes(requests.get(resource))
                            .compareTo(Quantity.getAmountInBytes(limits.get(resource))) > 0) {
                problems.add(container.getName() + ": " + resource + " request above its limit");
            }
        }
    }

    /** An image must name a tag (or digest) and the tag must not be "latest". */
    static void checkImage(String image, String where, List<String> problems) {
        if (image == null || image.isBlank()) {
            problems.add(where + ": no image");
            return;
        }
        if (image.contains("@sha256:")) {
            return;
        }
        String lastSegment = image.substring(image.lastIndexOf('/') + 1);
        int colon = lastSegment.indexOf(':');
        if (colon < 0) {
            problems.add(where + ": image " + image + " has no tag");
        } else if (lastSegment.substring(colon + 1).equals("latest")) {
            problems.add(where + ": image " + image + " uses latest");
        }
    }

    private static String volumeType(Volume volume) {
        if (volume.getConfigMap() != null) return "configMap";
        if (volume.getSecret() != null) return "secret";
        if (volume.getEmptyDir() != null) return "emptyDir";
        if (volume.getPersistentVolumeClaim() != null) return "persistentVolumeClaim";
        if (volume.getProjected() != null) return "projected";
        if (volume.getDownwardAPI() != null) return "downwardAPI";
        if (volume.getCsi() != null) return "csi";
        if (volume.getEphemeral() != null) return "ephemeral";
        if (volume.getHostPath() != null) return "hostPath";
        return "other";
    }

    @TestFactory
    Stream<DynamicTest> customResourceImagesArePinned() {
        return Overlay.names().stream().flatMap(name -> Overlay.get(name).custom(CustomResources.CNPG_CLUSTER).stream()
                .map(cluster -> DynamicTest.dynamicTest(name + ": Cluster " + cluster.getMetadata().getName(), () -> {
                    List<String> problems = new ArrayList<>();
                    String image = CustomResources.spec(cluster).path("imageName").asText(null);
                    assertNotNull(image, "pin spec.imageName: the operator's default image changes with its version");
                    checkImage(image, "spec.imageName", problems);
                    assertEquals(List.of(), problems);
                })));
    }

    @TestFactory
    Stream<DynamicTest> serviceAccountsCarryNoApiToken() {
        return Overlay.names().stream().flatMap(name -> {
            Overlay overlay = Overlay.get(name);
            return overlay.workloads().stream()
                    .filter(w -> w.template().getSpec().getServiceAccountName() != null)
                    .map(w -> DynamicTest.dynamicTest(name + ": " + w.describe(), () -> {
                        String account = w.template().getSpec().getServiceAccountName();
                        assertNotEquals("default", account);
                        ServiceAccount serviceAccount = overlay.get(ServiceAccount.class, account);
                        assertFalse(serviceAccount.getAutomountServiceAccountToken() == null
                                || serviceAccount.getAutomountServiceAccountToken(),
                                account + ": automountServiceAccountToken must be false");
                    }));
        });
    }

    @TestFactory
    Stream<DynamicTest> everySovPlanServiceHasItsOwnServiceAccount() {
        return Overlay.names().stream().flatMap(name -> Overlay.SERVICES.stream()
                .map(service -> DynamicTest.dynamicTest(name + ": " + service, () -> assertEquals(service,
                        Overlay.get(name).deployment(service).getSpec().getTemplate().getSpec().getServiceAccountName()))));
    }

    @TestFactory
    Stream<DynamicTest> checkImageRecognisesUnpinnedImages() {
        return Stream.of("postgres", "postgres:latest", "registry:5000/sovplan/gateway", "quay.io/x/y:latest")
                .map(image -> DynamicTest.dynamicTest(image, () -> {
                    List<String> problems = new ArrayList<>();
                    checkImage(image, "test", problems);
                    assertTrue(problems.size() == 1, problems.toString());
                }));
    }
}
