package org.sovplan.k8s;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;

/** A Deployment or StatefulSet seen through its pod template. */
record Workload(HasMetadata resource, PodTemplateSpec template, Integer replicas) {

    static Workload of(Deployment deployment) {
        return new Workload(deployment, deployment.getSpec().getTemplate(), deployment.getSpec().getReplicas());
    }

    static Workload of(StatefulSet statefulSet) {
        return new Workload(statefulSet, statefulSet.getSpec().getTemplate(), statefulSet.getSpec().getReplicas());
    }

    String name() {
        return resource.getMetadata().getName();
    }

    String describe() {
        return resource.getKind() + " " + name();
    }

    Map<String, String> podLabels() {
        Map<String, String> labels = template.getMetadata().getLabels();
        return labels == null ? Map.of() : labels;
    }

    List<Container> containers() {
        return template.getSpec().getContainers();
    }

    /** Init containers and containers. */
    List<Container> allContainers() {
        List<Container> all = new ArrayList<>();
        if (template.getSpec().getInitContainers() != null) {
            all.addAll(template.getSpec().getInitContainers());
        }
        all.addAll(containers());
        return all;
    }

    /** The first container: SovPlan's pods run one application container each. */
    Container main() {
        return containers().get(0);
    }
}
