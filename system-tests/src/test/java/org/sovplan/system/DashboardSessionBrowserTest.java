package org.sovplan.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.restassured.RestAssured;

/**
 * What the dashboard does when its access token has expired, in a real headless Chromium against the real stack.
 * The page's token is swapped for a real token that has expired (from a client whose tokens live 3 seconds), so
 * the API answers 401: the page renews the token with its refresh token and carries on; once the user's session
 * is ended in Keycloak, renewing fails and the page asks the user to sign in again.
 */
@ExtendWith(StackExtension.class)
class DashboardSessionBrowserTest {

    private static final Path BUILD = Path.of(System.getProperty("sovplan.build", "target")).toAbsolutePath();
    /** Replaces the access token of the signed-in user in the tab's storage (oidc-client-ts keeps it there). */
    private static final String SWAP_TOKEN = """
            const key = Object.keys(sessionStorage).find((k) => k.startsWith('oidc.user:'));
            const user = JSON.parse(sessionStorage.getItem(key));
            user.access_token = arguments[0];
            sessionStorage.setItem(key, JSON.stringify(user));
            return user.refresh_token ? 'refreshable' : 'no refresh token';
            """;
    private static final String STORED_TOKEN = """
            const key = Object.keys(sessionStorage).find((k) => k.startsWith('oidc.user:'));
            return key ? JSON.parse(sessionStorage.getItem(key)).access_token : null;
            """;
    private static Stack stack;
    private static Api api;

    @BeforeAll
    static void connect(Stack given) {
        stack = given;
        stack.prepareDashboard();
        api = new Api(stack);
    }

    @Test
    void anExpiredTokenIsRenewedAndAnEndedSessionAsksToSignInAgain() {
        String expired = expiredToken("paul");
        try (Browser browser = new Browser(BUILD).signIn(stack.gatewayUrl(), "paul")) {
            browser.await("the overview").until(() -> browser.has("#summary"));

            assertEquals("refreshable", browser.script(SWAP_TOKEN, expired));
            browser.driver().navigate().refresh();
            browser.await("the overview with a renewed token").until(() -> browser.has("#summary-it-mw"));
            assertNotEquals(expired, browser.script(STORED_TOKEN), "the page renewed its token");
            assertTrue(isBannerHidden(browser), "a renewed session asks nothing of the user");
            browser.await("the renewed token's regions").until(() -> browser.text("#who-regions").equals("KE"));

            endSessionsOf("paul");
            browser.script(SWAP_TOKEN, expired);
            browser.driver().navigate().refresh();
            browser.await("the banner asking to sign in again")
                    .until(() -> !isBannerHidden(browser) && browser.has("#banner #sign-in"));
            assertTrue(browser.text("#banner").contains("expired"), browser.text("#banner"));
            browser.signInAgain("paul");
            browser.await("the overview after signing in again").until(() -> browser.has("#summary-it-mw"));
            assertTrue(isBannerHidden(browser));
        }
    }

    private static boolean isBannerHidden(Browser browser) {
        return Boolean.TRUE.equals(browser.script("return document.getElementById('banner').hidden;"));
    }

    /** A real token of the user that the gateway refuses because it expired (it lives 3 seconds). */
    private static String expiredToken(String user) {
        String token = stack.shortLivedToken(user);
        Awaitility.await("the short-lived token to expire").atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(500))
                .until(() -> api.withToken(token).get("/api/v1/regions").statusCode() == 401);
        return token;
    }

    /** Ends every Keycloak session of the user, so its refresh tokens are refused from now on. */
    private static void endSessionsOf(String user) {
        Keycloak keycloak = stack.keycloak();
        String admin = keycloak.adminToken();
        String id = RestAssured.given().auth().oauth2(admin).queryParam("username", user).queryParam("exact", true)
                .get(keycloak.adminRealmUrl() + "/users").then().statusCode(200).extract().path("[0].id");
        RestAssured.given().auth().oauth2(admin).post(keycloak.adminRealmUrl() + "/users/" + id + "/logout")
                .then().statusCode(204);
    }
}
