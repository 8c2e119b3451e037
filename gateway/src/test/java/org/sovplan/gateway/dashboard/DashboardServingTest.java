package org.sovplan.gateway.dashboard;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.not;

import org.junit.jupiter.api.Test;
import org.sovplan.testsupport.TestTokens;

import io.quarkus.test.junit.QuarkusTest;

/**
 * The dashboard's files are public, everything else stays as protected as before: the page itself holds no
 * data, and the API it calls still wants a token with the right role.
 */
@QuarkusTest
class DashboardServingTest {

    @Test
    void thePageIsServedAtTheRootWithoutAToken() {
        given().get("/").then().statusCode(200).contentType(containsString("text/html"))
                .header("Cache-Control", "no-cache")
                .header("Content-Security-Policy", containsString("default-src 'self'"))
                .header("Content-Security-Policy", containsString("frame-ancestors 'none'"))
                .header("X-Content-Type-Options", "nosniff")
                .body(containsString("<script type=\"module\" src=\"/assets/app.js\">"));
        given().get("/index.html").then().statusCode(200).contentType(containsString("text/html"));
    }

    @Test
    void itsScriptAndStylesAreServedWithoutAToken() {
        given().get("/assets/app.js").then().statusCode(200).contentType(containsString("javascript"))
                .header("Content-Length", Integer::parseInt, greaterThan(100_000));
        given().get("/assets/style.css").then().statusCode(200).contentType(containsString("text/css"));
    }

    @Test
    void thePageLearnsWhereToSignInFromTheGateway() {
        given().get("/dashboard.json").then().statusCode(200).contentType(containsString("application/json"))
                .body("clientId", equalTo("sovplan-web"))
                .body("authority", endsWith("/realms/quarkus"))
                .body("authority", not(endsWith("/")));
    }

    @Test
    void theContentSecurityPolicyAllowsTheRealmOnly() {
        String realm = given().get("/dashboard.json").then().extract().path("authority");
        String origin = realm.substring(0, realm.indexOf('/', "http://".length()));
        given().get("/").then().header("Content-Security-Policy", containsString("connect-src 'self' " + origin + ";"));
    }

    @Test
    void anythingElseStillNeedsAToken() {
        given().get("/assets/../api/v1/regions").then().statusCode(401);
        given().get("/api/v1/regions").then().statusCode(401).contentType("application/problem+json");
        given().get("/somewhere-else").then().statusCode(401).contentType("application/problem+json");
        given().get("/index.htm").then().statusCode(401);
        given().get("/dashboard.json/x").then().statusCode(401);
    }

    @Test
    void missingAssetsAndOtherMethodsAreNotFoundNotServed() {
        given().get("/assets/no-such-file.js").then().statusCode(404).contentType("application/problem+json");
        given().post("/").then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.viewer()).get("/assets/app.js").then().statusCode(200);
        given().auth().oauth2(TestTokens.viewer()).get("/somewhere-else").then().statusCode(404)
                .contentType("application/problem+json");
    }
}
