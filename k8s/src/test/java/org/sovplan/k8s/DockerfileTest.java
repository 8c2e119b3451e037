package org.sovplan.k8s;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The images the manifests run: each service has the Quarkus JVM and native-micro Dockerfiles, running as
 * the same non-root user the pods' securityContext names, exposing the port the Deployment uses.
 */
class DockerfileTest {

    private static String read(String module, String file) {
        Path path = Paths.root().resolve(module).resolve("src/main/docker").resolve(file);
        assertTrue(Files.isRegularFile(path), path + " is missing");
        try {
            return Files.readString(path);
        } catch (IOException e) {
            throw new AssertionError("cannot read " + path, e);
        }
    }

    private static Optional<String> instruction(String dockerfile, String name) {
        Matcher m = Pattern.compile("(?m)^" + name + "\\s+(.+)$").matcher(dockerfile);
        String last = null;
        while (m.find()) {
            last = m.group(1).trim();
        }
        return Optional.ofNullable(last);
    }

    private static Stream<DynamicTest> perService(String file, java.util.function.BiConsumer<String, String> check) {
        return Overlay.SERVICES.stream().map(service -> DynamicTest.dynamicTest(service + " " + file,
                () -> check.accept(service, read(service, file))));
    }

    private static void commonChecks(String service, String dockerfile) {
        String user = instruction(dockerfile, "USER").orElseThrow(() -> new AssertionError("no USER"));
        assertTrue(user.matches("[1-9]\\d*(:\\d+)?"), "USER must be a numeric non-root UID: " + user);
        long uid = Long.parseLong(user.split(":")[0]);
        for (String overlay : Overlay.names()) {
            var pod = Overlay.get(overlay).deployment(service).getSpec().getTemplate().getSpec();
            assertEquals(uid, pod.getSecurityContext().getRunAsUser(), overlay + ": runAsUser vs the image's USER");
            int port = pod.getContainers().get(0).getPorts().get(0).getContainerPort();
            assertEquals(String.valueOf(port), instruction(dockerfile, "EXPOSE").orElseThrow(), "EXPOSE");
        }
        String entrypoint = instruction(dockerfile, "ENTRYPOINT").orElseThrow(() -> new AssertionError("no ENTRYPOINT"));
        assertTrue(entrypoint.startsWith("["), "ENTRYPOINT in exec form, so that SIGTERM reaches the application");
        String from = instruction(dockerfile, "FROM").orElseThrow();
        List<String> problems = new java.util.ArrayList<>();
        WorkloadSecurityTest.checkImage(from.split("\\s+")[0], "FROM", problems);
        assertEquals(List.of(), problems);
    }

    @TestFactory
    Stream<DynamicTest> jvmImages() {
        return perService("Dockerfile.jvm", (service, dockerfile) -> {
            assertTrue(instruction(dockerfile, "FROM").orElseThrow()
                    .startsWith("registry.access.redhat.com/ubi9/openjdk-21-runtime:"), "UBI 9 OpenJDK 21 runtime");
            for (String layer : List.of("target/quarkus-app/lib/ /deployments/lib/",
                    "target/quarkus-app/*.jar /deployments/", "target/quarkus-app/app/ /deployments/app/",
                    "target/quarkus-app/quarkus/ /deployments/quarkus/")) {
                assertTrue(dockerfile.contains(layer), "the Quarkus quarkus-app layout: " + layer);
            }
            assertTrue(dockerfile.contains("JAVA_APP_JAR=\"/deployments/quarkus-run.jar\""), "JAVA_APP_JAR");
            assertEquals("185", instruction(dockerfile, "USER").orElseThrow());
            commonChecks(service, dockerfile);
        });
    }

    @TestFactory
    Stream<DynamicTest> nativeImages() {
        return perService("Dockerfile.native-micro", (service, dockerfile) -> {
            String from = instruction(dockerfile, "FROM").orElseThrow();
            assertTrue(from.equals("quay.io/quarkus/quarkus-micro-image:2.0")
                    || from.startsWith("registry.access.redhat.com/ubi9/ubi-micro:"), "a micro base image: " + from);
            assertTrue(dockerfile.contains("target/*-runner"), "copies the native executable");
            commonChecks(service, dockerfile);
        });
    }
}
