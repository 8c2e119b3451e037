package org.sovplan.k8s;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Runs {@code kubectl kustomize} (kustomize built into kubectl) on a directory. Offline: rendering
 * never contacts an API server. kubectl is taken from the KUBECTL environment variable or the PATH.
 */
final class Kubectl {

    private static final long TIMEOUT_SECONDS = 120;

    private Kubectl() {
    }

    /** Renders a kustomization directory to multi-document YAML, or fails with kubectl's message. */
    static String kustomize(Path dir) {
        Path kubectl = find().orElseThrow(() -> new AssertionError(
                "kubectl not found: the manifest tests render the overlays with `kubectl kustomize`. "
                        + "Install kubectl 1.27 or newer (it ships kustomize 5), e.g. `apt-get install kubectl` "
                        + "from the Kubernetes apt repository or the binary from https://kubernetes.io/docs/tasks/tools/, "
                        + "and put it on the PATH or point the KUBECTL environment variable at it."));
        try {
            Path out = Files.createTempFile("kustomize", ".yaml");
            Path err = Files.createTempFile("kustomize", ".err");
            try {
                Process process = new ProcessBuilder(List.of(kubectl.toString(), "kustomize", dir.toString()))
                        .redirectOutput(out.toFile())
                        .redirectError(err.toFile())
                        .start();
                if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                    throw new AssertionError("kubectl kustomize " + dir + " did not finish in " + TIMEOUT_SECONDS + " s");
                }
                if (process.exitValue() != 0) {
                    throw new AssertionError("kubectl kustomize " + dir + " failed (exit " + process.exitValue() + "):\n"
                            + Files.readString(err, StandardCharsets.UTF_8));
                }
                return Files.readString(out, StandardCharsets.UTF_8);
            } finally {
                Files.deleteIfExists(out);
                Files.deleteIfExists(err);
            }
        } catch (IOException e) {
            throw new AssertionError("cannot run " + kubectl + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while rendering " + dir, e);
        }
    }

    private static Optional<Path> find() {
        String explicit = System.getenv("KUBECTL");
        if (explicit != null && !explicit.isBlank() && Files.isExecutable(Path.of(explicit))) {
            return Optional.of(Path.of(explicit));
        }
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        for (String dir : path.split(File.pathSeparator)) {
            if (dir.isBlank()) {
                continue;
            }
            Path candidate = Path.of(dir, "kubectl");
            if (Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }
}
