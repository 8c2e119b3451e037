package org.sovplan.gateway.edge;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import org.junit.jupiter.api.Test;
import org.sovplan.testsupport.TestTokens;

import io.quarkus.test.junit.QuarkusTest;

/** Over-long request targets and headers, and control characters, get problem documents from the gateway. */
@QuarkusTest
class RequestHeadTest {

    private static final String PROBLEM = "application/problem+json";

    @Test
    void anOverLongUriIs414WithAProblemDocument() {
        given().auth().oauth2(TestTokens.viewer()).queryParam("name", "x".repeat(9000)).get("/api/v1/sites").then()
                .statusCode(414).contentType(PROBLEM)
                .header("X-Request-Id", notNullValue())
                .body("type", equalTo("https://sovplan.org/problems/uri-too-long"))
                .body("detail", containsString("8192"));
    }

    @Test
    void overLargeHeadersAre431WithAProblemDocument() {
        given().auth().oauth2(TestTokens.viewer()).header("X-Padding", "p".repeat(17_000)).get("/api/v1/sites").then()
                .statusCode(431).contentType(PROBLEM)
                .body("type", equalTo("https://sovplan.org/problems/header-fields-too-large"));
    }

    @Test
    void controlCharactersInPathOrQueryAre400BeforeTheTokenIsRead() {
        given().auth().oauth2(TestTokens.viewer()).urlEncodingEnabled(false).get("/api/v1/sites/%00").then()
                .statusCode(400).contentType(PROBLEM).body("detail", containsString("control character"));
        given().urlEncodingEnabled(false).get("/api/v1/sites?regionCode=K%1FE").then()
                .statusCode(400).contentType(PROBLEM);
    }

    @Test
    void ordinaryRequestsPass() {
        given().auth().oauth2(TestTokens.viewer()).urlEncodingEnabled(false)
                .get("/api/v1/sites?name=Nairobi%20DC%201&sort=name%2Casc").then().statusCode(200);
    }
}
