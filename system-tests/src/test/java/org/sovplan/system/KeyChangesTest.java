package org.sovplan.system;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.restassured.path.json.JsonPath;

/**
 * Keycloak changes its signing keys: restarted with new keys (its data lost), or a key rotated through the
 * admin API. Valid new tokens are accepted by the gateway and every service once they have re-read the key
 * set (no 401 after that), placement-service's service account recovers by itself, and a withdrawn key's
 * tokens are refused within the services' key re-check interval.
 */
@Tag("fault-injection")
@ExtendWith(StackExtension.class)
class KeyChangesTest {

    private static final List<String> ROUTES = List.of("/api/v1/sites", "/api/v1/grid-zones", "/api/v1/workloads");
    private static final String KEY_PROVIDER = "org.keycloak.keys.KeyProvider";
    private static Api api;
    private static Stack stack;

    @BeforeAll
    static void connect(Stack running) {
        stack = running;
        api = new Api(running);
    }

    @Test
    void afterAKeycloakRestartNewTokensAndThePlacementServiceAccountWork() {
        stack.restartKeycloak();
        int refusedBeforeRefresh = awaitAcceptedEverywhere();
        int refusedAfterRefresh = refusedWithFreshTokens(3);
        // placement reads capacity and energy with its service account, whose cached token is from the old keys
        Scenario scenario = Scenario.create(fresh(), "BI", 2);
        String plan = scenario.startPlan(5, scenario.workload());
        String status = scenario.awaitStatus(plan, Duration.ofSeconds(120), "COMPLETED", "FAILED");
        System.out.printf("[fault] Keycloak restarted with new keys: 401-before-refresh=%d 401-after-refresh=%d "
                + "plan-through-service-account=%s%n", refusedBeforeRefresh, refusedAfterRefresh, status);
        assertEquals(0, refusedAfterRefresh, "a valid new token was refused after the key refresh");
        assertEquals("COMPLETED", status, api.as("vera").get(plan).asString());
    }

    @Test
    void aRotatedKeyIsAcceptedAndAWithdrawnOneIsRefused() {
        String oldToken = stack.token("vera");
        awaitAcceptedEverywhere();
        String admin = stack.keycloak().adminToken();
        String realm = stack.keycloak().adminRealmUrl();
        List<String> oldKeys = rsaKeyProviders(admin, realm);
        String realmId = given().auth().oauth2(admin).get(realm).then().statusCode(200).extract().path("id");
        given().auth().oauth2(admin).contentType("application/json")
                .body(Map.of("name", "rsa-rotated-" + Fixtures.suffix(), "providerId", "rsa-generated",
                        "providerType", KEY_PROVIDER, "parentId", realmId,
                        "config", Map.of("priority", List.of("1000"), "enabled", List.of("true"),
                                "active", List.of("true"), "algorithm", List.of("RS256"))))
                .post(realm + "/components").then().statusCode(201);
        String newToken = stack.token("vera");
        assertNotEquals(keyId(oldToken), keyId(newToken), "the new token should be signed with the new key");

        int refusedBeforeRefresh = awaitAcceptedEverywhere();
        int refusedAfterRefresh = refusedWithFreshTokens(3);

        // Withdraw the old keys: their tokens must stop being accepted, the new key's stay accepted.
        for (String id : oldKeys) {
            given().auth().oauth2(admin).delete(realm + "/components/" + id).then().statusCode(204);
        }
        long withdrawnAt = System.nanoTime();
        Awaitility.await("the withdrawn key's token refused").atMost(Duration.ofSeconds(90))
                .pollInterval(Duration.ofMillis(500))
                .until(() -> ROUTES.stream().allMatch(r -> api.withToken(oldToken).get(r).statusCode() == 401));
        long refusedAfterMs = (System.nanoTime() - withdrawnAt) / 1_000_000;
        int refusedNewAfterWithdrawal = refusedWithFreshTokens(2);
        System.out.printf("[fault] realm key rotated then withdrawn: 401-before-refresh=%d 401-after-refresh=%d "
                + "withdrawn-key-refused-after=%d ms 401-for-new-tokens-after-withdrawal=%d%n",
                refusedBeforeRefresh, refusedAfterRefresh, refusedAfterMs, refusedNewAfterWithdrawal);
        assertEquals(0, refusedAfterRefresh, "a valid new token was refused after the key refresh");
        assertEquals(0, refusedNewAfterWithdrawal, "a token of the new key was refused after the old one was withdrawn");
    }

    /** Waits until a fresh token is accepted on every route; answers how many 401s came before that. */
    private static int awaitAcceptedEverywhere() {
        AtomicInteger refused = new AtomicInteger();
        Awaitility.await("fresh tokens accepted everywhere").atMost(Duration.ofSeconds(120))
                .pollInterval(Duration.ofMillis(500))
                .until(() -> {
                    String token = stack.token("vera");
                    for (String route : ROUTES) {
                        int status = api.withToken(token).get(route).statusCode();
                        if (status == 401) {
                            refused.incrementAndGet();
                            return false;
                        }
                        assertEquals(200, status, route);
                    }
                    return true;
                });
        return refused.get();
    }

    /** How many 401s {@code rounds} fresh tokens get on the routes (each a new token from Keycloak). */
    private static int refusedWithFreshTokens(int rounds) {
        int refused = 0;
        for (int i = 0; i < rounds; i++) {
            String token = stack.token("vera");
            for (String route : ROUTES) {
                if (api.withToken(token).get(route).statusCode() == 401) {
                    refused++;
                }
            }
        }
        return refused;
    }

    /** An Api whose tokens are fetched now (the shared one may hold tokens of keys that are gone). */
    private static Api fresh() {
        return new Api(stack);
    }

    private static List<String> rsaKeyProviders(String admin, String realm) {
        JsonPath components = given().auth().oauth2(admin).queryParam("type", KEY_PROVIDER)
                .get(realm + "/components").then().statusCode(200).extract().jsonPath();
        return components.getList("findAll { it.providerId == 'rsa-generated' }.id", String.class);
    }

    private static String keyId(String token) {
        String header = new String(Base64.getUrlDecoder().decode(token.substring(0, token.indexOf('.'))),
                StandardCharsets.UTF_8);
        return JsonPath.from(header).getString("kid");
    }
}
