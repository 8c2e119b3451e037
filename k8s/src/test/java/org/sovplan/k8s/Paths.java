package org.sovplan.k8s;

import java.nio.file.Files;
import java.nio.file.Path;

/** Where the manifests and the service modules are; set by Maven, with a fallback for IDE runs. */
final class Paths {

    private Paths() {
    }

    /** The k8s/ module directory. */
    static Path k8s() {
        String configured = System.getProperty("sovplan.k8s.dir");
        if (configured != null) {
            return Path.of(configured).toAbsolutePath().normalize();
        }
        Path cwd = Path.of("").toAbsolutePath();
        return Files.isDirectory(cwd.resolve("overlays")) ? cwd : cwd.resolve("k8s");
    }

    /** The repository root, holding the service modules. */
    static Path root() {
        String configured = System.getProperty("sovplan.root.dir");
        return configured != null ? Path.of(configured).toAbsolutePath().normalize() : k8s().getParent();
    }

    /** A service module's application.properties (which may not exist yet). */
    static Path applicationProperties(String module) {
        return root().resolve(module).resolve("src/main/resources/application.properties");
    }
}
