package org.sovplan.k8s;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;

/** The dev overlay is a self-contained demo: one replica, its own PostgreSQL and Keycloak, dev-only secrets. */
class DevOverlayTest {

    private final Overlay dev = Overlay.dev();

    @Test
    void theRealmCopyIsIdenticalToTheDevRealm() throws IOException {
        byte[] original = Files.readAllBytes(Paths.root().resolve("deploy/keycloak/sovplan-realm.json"));
        byte[] copy = Files.readAllBytes(Paths.k8s().resolve("overlays/dev/keycloak/sovplan-realm.json"));
        assertArrayEquals(original, copy, "copy deploy/keycloak/sovplan-realm.json to k8s/overlays/dev/keycloak/");
    }

    @Test
    void oneReplicaOfEachService() {
        for (String service : Overlay.SERVICES) {
            assertEquals(1, dev.deployment(service).getSpec().getReplicas(), service);
        }
    }

    @Test
    void everySecretIsGeneratedLabelledDevOnlyAndEveryReferencedSecretExists() {
        for (Secret secret : dev.all(Secret.class)) {
            assertEquals("true", secret.getMetadata().getLabels().get("sovplan.org/dev-only"),
                    secret.getMetadata().getName() + " must be labelled sovplan.org/dev-only");
        }
        Set<String> defined = dev.all(Secret.class).stream().map(s -> s.getMetadata().getName())
                .collect(Collectors.toSet());
        assertEquals(Set.of(), new TreeSet<>(WiringTest.referencedSecrets(dev)).stream()
                .filter(name -> !defined.contains(name)).collect(Collectors.toSet()));
    }

    @Test
    void keycloakRunsTheRequestedVersionInDevModeWithTheRealmImported() {
        Deployment keycloak = dev.deployment("keycloak");
        Container container = keycloak.getSpec().getTemplate().getSpec().getContainers().get(0);
        assertEquals("quay.io/keycloak/keycloak:26.5.6", container.getImage());
        assertEquals(List.of("start-dev", "--import-realm"), container.getArgs());
        String realmVolume = container.getVolumeMounts().stream()
                .filter(m -> m.getMountPath().equals("/opt/keycloak/data/import")).findFirst().orElseThrow().getName();
        String configMap = keycloak.getSpec().getTemplate().getSpec().getVolumes().stream()
                .filter(v -> v.getName().equals(realmVolume)).findFirst().orElseThrow().getConfigMap().getName();
        String realm = dev.configMap(configMap).orElseThrow().getData().get("sovplan-realm.json");
        assertEquals("sovplan", readJson(realm).path("realm").asText(), "the mounted ConfigMap holds the sovplan realm");
    }

    private static JsonNode readJson(String json) {
        try {
            return new ObjectMapper().readTree(json);
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + e.getMessage(), e);
        }
    }

    @Test
    void placementUsesTheClientSecretOfTheDevRealm() throws IOException {
        JsonNode realm = new ObjectMapper().readTree(Paths.root().resolve("deploy/keycloak/sovplan-realm.json").toFile());
        String realmSecret = null;
        for (JsonNode client : realm.path("clients")) {
            if (client.path("clientId").asText().equals("sovplan-placement")) {
                realmSecret = client.path("secret").asText();
            }
        }
        Map<String, Environment.Variable> env = Environment.of(dev,
                dev.deployment("placement-service").getSpec().getTemplate().getSpec().getContainers().get(0));
        assertEquals(realmSecret, env.get("QUARKUS_OIDC_CLIENT_CREDENTIALS_SECRET").value().orElseThrow());
        assertEquals("sovplan-placement", env.get("QUARKUS_OIDC_CLIENT_CLIENT_ID").value().orElseThrow());
    }

    /**
     * Services discover Keycloak inside the cluster; tokens carry Keycloak's front-end URL (KC_HOSTNAME)
     * as issuer, the URL people fetch tokens from through a port-forward. Both must name the same realm.
     */
    @Test
    void servicesReachKeycloakInsideTheClusterAndTokensCarryItsFrontEndUrl() {
        Container keycloak = dev.deployment("keycloak").getSpec().getTemplate().getSpec().getContainers().get(0);
        Map<String, Environment.Variable> keycloakEnv = Environment.of(dev, keycloak);
        String frontEnd = keycloakEnv.get("KC_HOSTNAME").value().orElseThrow();
        assertEquals("true", keycloakEnv.get("KC_HOSTNAME_BACKCHANNEL_DYNAMIC").value().orElseThrow(),
                "without a dynamic back channel, services would be sent to the front-end URL for keys");
        Service service = dev.get(Service.class, "keycloak");
        for (String name : Overlay.SERVICES) {
            Map<String, Environment.Variable> env = Environment.of(dev,
                    dev.deployment(name).getSpec().getTemplate().getSpec().getContainers().get(0));
            URI server = URI.create(env.get("QUARKUS_OIDC_AUTH_SERVER_URL").value().orElseThrow());
            assertEquals("keycloak", server.getHost(), name);
            assertEquals(service.getSpec().getPorts().get(0).getPort(), server.getPort(), name);
            assertEquals("/realms/sovplan", server.getPath(), name);
            assertEquals(frontEnd + "/realms/sovplan/.well-known/openid-configuration",
                    env.get("QUARKUS_SMALLRYE_OPENAPI_OIDC_OPEN_ID_CONNECT_URL").value().orElseThrow(), name);
        }
    }

    @Test
    void postgresInitCreatesEachServiceDatabaseWithTheOwnerAndPasswordTheServiceUses() {
        StatefulSet postgres = dev.get(StatefulSet.class, "postgres");
        Container container = postgres.getSpec().getTemplate().getSpec().getContainers().get(0);
        String initMap = postgres.getSpec().getTemplate().getSpec().getVolumes().stream()
                .filter(v -> v.getConfigMap() != null).findFirst().orElseThrow().getConfigMap().getName();
        ConfigMap init = dev.configMap(initMap).orElseThrow();
        String script = String.join("\n", init.getData().values());

        Map<String, String> ownerByDatabase = new TreeMap<>();
        Matcher database = Pattern.compile("CREATE DATABASE (\\w+) OWNER (\\w+);").matcher(script);
        while (database.find()) {
            ownerByDatabase.put(database.group(1), database.group(2));
        }
        Map<String, String> passwordVariableByRole = new TreeMap<>();
        Matcher role = Pattern.compile("CREATE ROLE (\\w+) LOGIN PASSWORD :'(\\w+)';").matcher(script);
        while (role.find()) {
            Matcher set = Pattern.compile("--set=" + role.group(2) + "=\"\\$(\\w+)\"").matcher(script);
            assertTrue(set.find(), "psql variable " + role.group(2) + " is not set from the environment");
            passwordVariableByRole.put(role.group(1), set.group(1));
        }
        Map<String, Environment.Variable> postgresEnv = Environment.of(dev, container);

        for (String service : List.of("capacity-service", "energy-service", "placement-service")) {
            Map<String, Environment.Variable> env = Environment.of(dev,
                    dev.deployment(service).getSpec().getTemplate().getSpec().getContainers().get(0));
            String url = env.get("QUARKUS_DATASOURCE_JDBC_URL").value().orElseThrow();
            Matcher jdbc = Pattern.compile("jdbc:postgresql://([^:/]+):(\\d+)/(\\w+)").matcher(url);
            assertTrue(jdbc.find(), url);
            assertEquals("postgres", jdbc.group(1), service + " talks to the dev PostgreSQL");
            String db = jdbc.group(3);
            String user = env.get("QUARKUS_DATASOURCE_USERNAME").value().orElseThrow();
            String password = env.get("QUARKUS_DATASOURCE_PASSWORD").value().orElseThrow();
            assertEquals(user, ownerByDatabase.get(db), service + ": database " + db + " owned by " + user);
            String variable = passwordVariableByRole.get(user);
            assertEquals(password, postgresEnv.get(variable).value().orElseThrow(),
                    service + ": the init script sets the password the service logs in with");
        }
    }

    @Test
    void theDevOnlyWorkloadsAreLabelledSo() {
        assertEquals("true", dev.get(StatefulSet.class, "postgres").getMetadata().getLabels().get("sovplan.org/dev-only"));
        assertEquals("true", dev.deployment("keycloak").getMetadata().getLabels().get("sovplan.org/dev-only"));
    }
}
