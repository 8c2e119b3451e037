package org.sovplan.k8s;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.apps.Deployment;

/** The strict reader itself: what it must accept and what it must refuse. */
class StrictModelTest {

    private static final String DEPLOYMENT = """
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: demo
            spec:
              selector:
                matchLabels: {app: demo}
              template:
                metadata:
                  labels: {app: demo}
                spec:
                  containers:
                    - name: demo
                      image: demo:1.0
                      %s
            """;

    @Test
    void readsAValidDeploymentIntoTheTypedModel() {
        var doc = StrictModel.documents(DEPLOYMENT.formatted("readinessProbe: {httpGet: {path: /q/health/ready, port: 8080}}"));
        Deployment deployment = (Deployment) StrictModel.read(doc.get(0));
        assertEquals("/q/health/ready",
                deployment.getSpec().getTemplate().getSpec().getContainers().get(0).getReadinessProbe().getHttpGet().getPath());
    }

    @Test
    void refusesAMisspelledField() {
        var doc = StrictModel.documents(DEPLOYMENT.formatted("readinesProbe: {httpGet: {path: /q/health/ready, port: 8080}}"));
        AssertionError error = assertThrows(AssertionError.class, () -> StrictModel.read(doc.get(0)));
        assertTrue(error.getMessage().contains("readinesProbe"), error.getMessage());
    }

    @Test
    void refusesAValueOfTheWrongType() {
        var doc = StrictModel.documents(DEPLOYMENT.formatted("ports: [{containerPort: eighty}]"));
        assertThrows(AssertionError.class, () -> StrictModel.read(doc.get(0)));
    }

    @Test
    void refusesAKindNoTestKnows() {
        var doc = StrictModel.documents("apiVersion: batch/v1\nkind: CronJob\nmetadata: {name: x}\n");
        AssertionError error = assertThrows(AssertionError.class, () -> StrictModel.read(doc.get(0)));
        assertTrue(error.getMessage().contains("CronJob"), error.getMessage());
    }

    @Test
    void checksCustomResourcesByHand() {
        var valid = (GenericKubernetesResource) StrictModel.read(StrictModel.documents("""
                apiVersion: postgresql.cnpg.io/v1
                kind: Cluster
                metadata: {name: db}
                spec:
                  instances: 3
                  storage: {size: 1Gi}
                  bootstrap: {initdb: {database: app, owner: app}}
                  resources: {requests: {memory: 512Mi}}
                """).get(0));
        assertEquals(List.of(), CustomResources.problems(valid));

        var broken = (GenericKubernetesResource) StrictModel.read(StrictModel.documents("""
                apiVersion: postgresql.cnpg.io/v1
                kind: Cluster
                metadata: {name: db}
                spec:
                  instance: 3
                  bootstrap: {initdb: {database: app}}
                  resources: {request: {memory: 512Mi}}
                """).get(0));
        List<String> problems = CustomResources.problems(broken);
        assertTrue(problems.stream().anyMatch(p -> p.contains("unknown field instance")), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.contains("spec.instances")), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.contains("storage.size")), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.contains("owner")), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.contains("spec.resources")), problems.toString());
    }
}
