package org.sovplan.gateway.edge;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.sovplan.gateway.support.ForgedTokens;
import org.sovplan.testsupport.TestTokens;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

/**
 * The gateway lets through only tokens the realm signed for this API and that are still valid; every
 * refusal is a 401 problem with a Bearer challenge, and nothing reaches a backend.
 */
@QuarkusTest
class TokenValidationTest {

    static final String PATH = "/api/v1/regions";

    @Test
    void aValidTokenIsPassedThrough() {
        given().auth().oauth2(TestTokens.viewer()).get(PATH)
                .then().statusCode(200).body("backend", equalTo("capacity"));
    }

    @Test
    void noToken() {
        assertUnauthorized(given().get(PATH).then());
    }

    @Test
    void notABearerToken() {
        assertUnauthorized(given().header("Authorization", "Basic dmVyYTp2ZXJh").get(PATH).then());
        assertUnauthorized(given().auth().oauth2("not-a-jwt").get(PATH).then());
    }

    @Test
    void expired() {
        assertUnauthorized(given().auth().oauth2(TestTokens.user("vera").roles("viewer")
                .lifetime(Duration.ofMinutes(-10)).sign()).get(PATH).then()
                .header("WWW-Authenticate", equalTo(
                        "Bearer error=\"invalid_token\", error_description=\"The access token expired\""))
                .body("detail", containsString("expired")));
    }

    @Test
    void aMissingTokenGetsTheBareChallengeAndAnInvalidOneSaysSo() {
        given().get(PATH).then().statusCode(401).header("WWW-Authenticate", equalTo("Bearer"))
                .body("detail", containsString("required"));
        given().auth().oauth2("not-a-token").get(PATH).then().statusCode(401)
                .header("WWW-Authenticate", containsString("error=\"invalid_token\""))
                .body("detail", containsString("invalid"));
    }

    @Test
    void wrongIssuer() {
        assertUnauthorized(given().auth().oauth2(TestTokens.user("vera").roles("viewer")
                .issuer("https://evil.example.com").sign()).get(PATH).then());
    }

    @Test
    void wrongAudience() {
        assertUnauthorized(given().auth().oauth2(TestTokens.user("vera").roles("viewer")
                .audience("another-api").sign()).get(PATH).then());
    }

    @Test
    void unsignedWithAlgNone() {
        assertUnauthorized(given().auth().oauth2(ForgedTokens.unsigned()).get(PATH).then());
    }

    @Test
    void payloadEditedAfterSigning() {
        assertUnauthorized(given().auth().oauth2(ForgedTokens.tamperedToAdmin()).delete(PATH + "/KE").then());
    }

    @Test
    void signedWithAKeyTheRealmNeverPublished() {
        assertUnauthorized(given().auth().oauth2(ForgedTokens.signedWithUnknownKey()).get(PATH).then());
    }

    @Test
    void aValidTokenWithoutTheRoleIsForbidden() {
        given().auth().oauth2(TestTokens.viewer()).contentType("application/json").body("{}").post(PATH)
                .then().statusCode(403).contentType("application/problem+json")
                .header("X-Request-Id", notNullValue())
                .body("type", equalTo("https://sovplan.org/problems/forbidden"))
                .body("status", equalTo(403)).body("instance", equalTo(PATH));
        given().auth().oauth2(TestTokens.user("nobody").sign()).get(PATH)
                .then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    void unknownPathsNeedATokenToo() {
        assertUnauthorized(given().get("/api/v1/nothing-here").then());
        assertUnauthorized(given().get("/admin").then());
    }

    static void assertUnauthorized(ValidatableResponse response) {
        response.statusCode(401)
                .header("WWW-Authenticate", startsWith("Bearer"))
                .header("X-Request-Id", notNullValue())
                .contentType("application/problem+json")
                .body("type", equalTo("https://sovplan.org/problems/unauthorized"))
                .body("title", equalTo("Unauthorized"))
                .body("status", equalTo(401));
    }
}
