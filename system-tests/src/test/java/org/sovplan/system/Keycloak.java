package org.sovplan.system;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import io.restassured.RestAssured;

/**
 * A real Keycloak for the run: a private copy of the distribution that {@code ./sovplan} fetched
 * from Maven Central, started in dev mode on a free port with the sovplan realm imported, and
 * an in-memory database, so it never touches a Keycloak that {@code ./sovplan up} runs.
 */
final class Keycloak {

    static final String VERSION = "26.5.6";
    /** The throw-away master admin of this private instance. */
    private static final String ADMIN_PASSWORD = java.util.UUID.randomUUID().toString();
    private static final String SHORT_LIVED_CLIENT = "sovplan-e2e-short-lived";

    private boolean shortLivedClientCreated;

    private final int port;
    private final ManagedProcess process;

    Keycloak(Path root, Path build, int port) {
        this.port = port;
        Path home = privateCopy(distribution(), build.resolve("keycloak"));
        try {
            Path imports = Files.createDirectories(home.resolve("data/import"));
            Files.copy(root.resolve("deploy/keycloak/sovplan-realm.json"), imports.resolve("sovplan-realm.json"),
                    StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new IllegalStateException("cannot prepare the realm import: " + e.getMessage(), e);
        }
        this.process = new ManagedProcess("keycloak",
                List.of("bash", home.resolve("bin/kc.sh").toString(), "start-dev", "--http-port=" + port,
                        "--http-host=127.0.0.1", "--import-realm", "--db=dev-mem", "--cache=local"),
                Map.of("JAVA_HOME", System.getProperty("java.home"),
                        "KC_BOOTSTRAP_ADMIN_USERNAME", "admin", "KC_BOOTSTRAP_ADMIN_PASSWORD", ADMIN_PASSWORD),
                build.resolve("stack-logs"),
                URI.create(realmUrl() + "/.well-known/openid-configuration"));
    }

    void start() {
        process.start();
    }

    void awaitReady() {
        process.awaitReady(Stack.readyTimeout().plusMinutes(1));
    }

    void stop() {
        process.stop();
    }

    String realmUrl() {
        return "http://127.0.0.1:" + port + "/realms/sovplan";
    }

    /** A real access token for a demo user of the dev realm (password = user name). */
    String token(String user) {
        return RestAssured.given().formParam("grant_type", "password").formParam("client_id", "sovplan-cli")
                .formParam("username", user).formParam("password", user)
                .post(realmUrl() + "/protocol/openid-connect/token")
                .then().statusCode(200).extract().path("access_token");
    }

    /**
     * A real token that expires after a few seconds, from a public client created for the test
     * through the admin API (the dev realm itself keeps its 15-minute tokens).
     */
    synchronized String shortLivedToken(String user) {
        if (!shortLivedClientCreated) {
            String admin = adminToken();
            RestAssured.given().auth().oauth2(admin).contentType("application/json")
                    .body(Map.of("clientId", SHORT_LIVED_CLIENT, "publicClient", true, "directAccessGrantsEnabled", true,
                            "standardFlowEnabled", false, "attributes", Map.of("access.token.lifespan", "3"),
                            "protocolMappers", List.of(Map.of("name", "audience", "protocol", "openid-connect",
                                    "protocolMapper", "oidc-audience-mapper", "config", Map.of(
                                            "included.custom.audience", "sovplan-api", "access.token.claim", "true")))))
                    .post("http://127.0.0.1:" + port + "/admin/realms/sovplan/clients")
                    .then().statusCode(201);
            shortLivedClientCreated = true;
        }
        return RestAssured.given().formParam("grant_type", "password").formParam("client_id", SHORT_LIVED_CLIENT)
                .formParam("username", user).formParam("password", user)
                .post(realmUrl() + "/protocol/openid-connect/token")
                .then().statusCode(200).extract().path("access_token");
    }

    /**
     * Lets the dashboard's public client {@code sovplan-web} sign in from {@code origin} (the test stack's
     * gateway, on a free port), through the admin API: the realm file allows the fixed local ports only.
     */
    synchronized void allowDashboardAt(String origin) {
        String admin = adminToken();
        String clients = "http://127.0.0.1:" + port + "/admin/realms/sovplan/clients";
        String id = RestAssured.given().auth().oauth2(admin).queryParam("clientId", "sovplan-web").get(clients)
                .then().statusCode(200).extract().path("[0].id");
        Map<String, Object> client = RestAssured.given().auth().oauth2(admin).get(clients + "/" + id)
                .then().statusCode(200).extract().as(new io.restassured.common.mapper.TypeRef<Map<String, Object>>() {
                });
        @SuppressWarnings("unchecked")
        List<String> redirects = new java.util.ArrayList<>((List<String>) client.get("redirectUris"));
        if (!redirects.contains(origin + "/*")) {
            redirects.add(origin + "/*");
            client.put("redirectUris", redirects);
            RestAssured.given().auth().oauth2(admin).contentType("application/json").body(client)
                    .put(clients + "/" + id).then().statusCode(204);
        }
    }

    private String adminToken() {
        return RestAssured.given().formParam("grant_type", "password").formParam("client_id", "admin-cli")
                .formParam("username", "admin").formParam("password", ADMIN_PASSWORD)
                .post("http://127.0.0.1:" + port + "/realms/master/protocol/openid-connect/token")
                .then().statusCode(200).extract().path("access_token");
    }

    private static Path distribution() {
        String configured = System.getenv("SOVPLAN_KEYCLOAK_HOME");
        Path home = configured != null && !configured.isBlank() ? Path.of(configured)
                : Path.of(System.getProperty("user.home"), ".cache", "sovplan", "keycloak-" + VERSION);
        if (!Files.exists(home.resolve("bin/kc.sh"))) {
            throw new IllegalStateException("Keycloak " + VERSION + " is not at " + home
                    + "; run the tests with ./sovplan test, which fetches it from Maven Central");
        }
        return home;
    }

    private static Path privateCopy(Path distribution, Path target) {
        if (Files.exists(target.resolve("bin/kc.sh"))) {
            return target;
        }
        try {
            Process copy = new ProcessBuilder("cp", "-a", distribution.toString(), target.toString())
                    .redirectErrorStream(true).start();
            if (copy.waitFor() != 0) {
                throw new IllegalStateException("copying Keycloak failed: " + new String(copy.getInputStream().readAllBytes()));
            }
            return target;
        } catch (IOException e) {
            throw new IllegalStateException("cannot copy Keycloak: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
