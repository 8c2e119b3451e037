package org.sovplan.k8s;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A service's application.properties, read at test time, and the settings a cluster must give it.
 *
 * <p>A setting must come from the Kubernetes manifests when, in the prod profile the images run with,
 * <ul>
 * <li>its value points at the developer's machine (localhost, 127.0.0.1, [::1]) — a database, an
 * issuer or a peer service that is somewhere else in a cluster;</li>
 * <li>it has a {@code %prod.} entry — the developers marked it as differing in production, so the
 * deployment states it explicitly where operators read and change it;</li>
 * <li>its value is an expression {@code ${NAME}} without a default that nothing in the file defines —
 * then either the property or NAME must be in the environment;</li>
 * <li>it is a credential (a secret, password or token) left empty in the file.</li>
 * </ul>
 * Environment variable names follow Quarkus (SmallRye Config): upper case, every character that is not
 * a letter or digit becomes {@code _}; a quoted segment such as {@code "capacity"} may also be written
 * without its quotes (QUARKUS_REST_CLIENT_CAPACITY_URL as well as QUARKUS_REST_CLIENT__CAPACITY__URL).
 * A non-profiled environment variable also overrides a {@code %prod.} entry of application.properties
 * (environment ordinal 300 &gt; application.properties 250).
 */
final class QuarkusSettings {

    /** A setting the cluster must provide, satisfied by any one of {@code envNames}. */
    record Requirement(String property, Set<String> envNames, String reason) {
    }

    private static final Pattern LOCAL = Pattern.compile("(?i)(localhost|127\\.0\\.0\\.1|\\[::1])");
    private static final Pattern EXPRESSION = Pattern.compile("\\$\\{([^}:]+)(:[^}]*)?}");
    private static final Pattern CREDENTIAL = Pattern.compile("(?i).*(secret|password|token)$");
    private static final Pattern QUOTED = Pattern.compile("\"([A-Za-z0-9_-]*)\"");

    /** Key as written (profile prefix removed) -> value, for entries without a profile. */
    private final Map<String, String> plain = new LinkedHashMap<>();
    /** Key -> value, for entries whose profile list contains prod. */
    private final Map<String, String> prod = new LinkedHashMap<>();

    private QuarkusSettings(Properties properties) {
        for (String key : properties.stringPropertyNames()) {
            String value = properties.getProperty(key);
            if (key.startsWith("%")) {
                int dot = key.indexOf('.');
                if (dot < 0) {
                    continue;
                }
                List<String> profiles = List.of(key.substring(1, dot).split(","));
                if (profiles.contains("prod")) {
                    prod.put(key.substring(dot + 1), value);
                }
            } else {
                plain.put(key, value);
            }
        }
    }

    static QuarkusSettings parse(String text) {
        Properties properties = new Properties();
        try {
            properties.load(new StringReader(text));
        } catch (IOException e) {
            throw new AssertionError("unreadable properties: " + e.getMessage(), e);
        }
        return new QuarkusSettings(properties);
    }

    /** The module's settings, or empty while its application.properties does not exist yet. */
    static Optional<QuarkusSettings> forModule(String module) {
        Path file = Paths.applicationProperties(module);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(parse(Files.readString(file)));
        } catch (IOException e) {
            throw new AssertionError("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /** The value the prod profile sees, from the file alone. */
    Optional<String> prodValue(String property) {
        if (prod.containsKey(property)) {
            return Optional.of(prod.get(property));
        }
        return Optional.ofNullable(plain.get(property));
    }

    /** The settings the cluster must provide, in a stable order. */
    List<Requirement> required() {
        Set<String> properties = new TreeSet<>(plain.keySet());
        properties.addAll(prod.keySet());
        List<Requirement> required = new ArrayList<>();
        for (String property : properties) {
            String value = prodValue(property).orElse("");
            List<String> reasons = new ArrayList<>();
            Set<String> names = new LinkedHashSet<>(envNames(property));
            if (prod.containsKey(property)) {
                reasons.add("has a %prod. entry");
            }
            if (LOCAL.matcher(value).find()) {
                reasons.add("points at localhost (" + value + ")");
            }
            if (value.isBlank() && CREDENTIAL.matcher(property).matches()) {
                reasons.add("is a credential left empty");
            }
            Matcher expression = EXPRESSION.matcher(value);
            while (expression.find()) {
                String name = expression.group(1);
                if (expression.group(2) == null && prodValue(name).isEmpty()) {
                    reasons.add("needs ${" + name + "}");
                    names.addAll(envNames(name));
                }
            }
            if (!reasons.isEmpty()) {
                required.add(new Requirement(property, names, String.join(", ", reasons)));
            }
        }
        return required;
    }

    /** The environment variable names Quarkus maps to a property name. */
    static Set<String> envNames(String property) {
        Set<String> names = new LinkedHashSet<>();
        names.add(strict(property));
        Matcher quoted = QUOTED.matcher(property);
        if (quoted.find()) {
            names.add(strict(quoted.replaceAll("$1")));
        }
        return names;
    }

    private static String strict(String property) {
        return property.replaceAll("[^A-Za-z0-9]", "_").toUpperCase(Locale.ROOT);
    }

    /** A Quarkus duration: 20s, 500ms, 1m, 2h, 1d, an ISO-8601 PT20S, or a bare number of seconds. */
    static Duration duration(String text) {
        String value = text.trim();
        if (value.matches("\\d+")) {
            return Duration.ofSeconds(Long.parseLong(value));
        }
        if (value.matches("\\d+ms")) {
            return Duration.ofMillis(Long.parseLong(value.substring(0, value.length() - 2)));
        }
        if (value.matches("\\d+[smhSMH]")) {
            return Duration.parse("PT" + value);
        }
        if (value.matches("\\d+[dD]")) {
            return Duration.parse("P" + value);
        }
        return Duration.parse(value);
    }
}
