package org.sovplan.k8s;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvFromSource;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.Secret;

/**
 * The environment a container gets, resolved against the ConfigMaps and Secrets of the rendered
 * overlay, in Kubernetes order: envFrom sources first (later ones win), then env (wins over envFrom).
 */
final class Environment {

    /** Where one variable comes from. The value is empty when it lives in a Secret that is not committed. */
    record Variable(String name, Source source, String from, Optional<String> value) {
    }

    enum Source {
        LITERAL, CONFIG_MAP, SECRET, OTHER
    }

    private Environment() {
    }

    static Map<String, Variable> of(Overlay overlay, Container container) {
        Map<String, Variable> env = new LinkedHashMap<>();
        if (container.getEnvFrom() != null) {
            for (EnvFromSource from : container.getEnvFrom()) {
                String prefix = from.getPrefix() == null ? "" : from.getPrefix();
                if (from.getConfigMapRef() != null) {
                    String name = from.getConfigMapRef().getName();
                    ConfigMap map = overlay.configMap(name).orElseThrow(() -> new AssertionError(overlay + ": container "
                            + container.getName() + " reads ConfigMap " + name + ", which the overlay does not define"));
                    data(map).forEach((k, v) -> env.put(prefix + k,
                            new Variable(prefix + k, Source.CONFIG_MAP, name, Optional.of(v))));
                }
                if (from.getSecretRef() != null) {
                    String name = from.getSecretRef().getName();
                    Secret secret = overlay.secret(name).orElseThrow(() -> new AssertionError(overlay + ": container "
                            + container.getName() + " takes all keys of Secret " + name
                            + ", which is not in the overlay: its keys cannot be checked; use env + secretKeyRef"));
                    decoded(secret).forEach((k, v) -> env.put(prefix + k,
                            new Variable(prefix + k, Source.SECRET, name, Optional.of(v))));
                }
            }
        }
        if (container.getEnv() != null) {
            for (EnvVar var : container.getEnv()) {
                env.put(var.getName(), resolve(overlay, container, var));
            }
        }
        return env;
    }

    private static Variable resolve(Overlay overlay, Container container, EnvVar var) {
        if (var.getValueFrom() == null) {
            return new Variable(var.getName(), Source.LITERAL, "", Optional.ofNullable(var.getValue()));
        }
        var ref = var.getValueFrom();
        if (ref.getConfigMapKeyRef() != null) {
            String name = ref.getConfigMapKeyRef().getName();
            String key = ref.getConfigMapKeyRef().getKey();
            ConfigMap map = overlay.configMap(name).orElseThrow(() -> new AssertionError(overlay + ": " + var.getName()
                    + " of container " + container.getName() + " reads ConfigMap " + name + ", which is not defined"));
            String value = data(map).get(key);
            if (value == null) {
                throw new AssertionError(overlay + ": " + var.getName() + " reads key " + key + " of ConfigMap " + name
                        + ", which has no such key");
            }
            return new Variable(var.getName(), Source.CONFIG_MAP, name, Optional.of(value));
        }
        if (ref.getSecretKeyRef() != null) {
            String name = ref.getSecretKeyRef().getName();
            String key = ref.getSecretKeyRef().getKey();
            Optional<String> value = overlay.secret(name).map(s -> {
                String v = decoded(s).get(key);
                if (v == null) {
                    throw new AssertionError(overlay + ": " + var.getName() + " reads key " + key + " of Secret " + name
                            + ", which has no such key");
                }
                return v;
            });
            return new Variable(var.getName(), Source.SECRET, name, value);
        }
        return new Variable(var.getName(), Source.OTHER, "", Optional.empty());
    }

    private static Map<String, String> data(ConfigMap map) {
        return map.getData() == null ? Map.of() : map.getData();
    }

    static Map<String, String> decoded(Secret secret) {
        Map<String, String> values = new LinkedHashMap<>();
        if (secret.getData() != null) {
            secret.getData().forEach((k, v) -> values.put(k,
                    new String(Base64.getDecoder().decode(v), StandardCharsets.UTF_8)));
        }
        if (secret.getStringData() != null) {
            values.putAll(secret.getStringData());
        }
        return values;
    }
}
