package org.sovplan.gateway.edge;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.nullValue;

import org.junit.jupiter.api.Test;
import org.sovplan.testsupport.TestTokens;

import io.quarkus.test.junit.QuarkusTest;

/** Without configured origins no browser origin gets CORS permission, for preflights or calls. */
@QuarkusTest
class CorsClosedTest {

    @Test
    void noOriginIsAllowedByDefault() {
        given().header("Origin", "https://planner.example").header("Access-Control-Request-Method", "GET")
                .options("/api/v1/regions")
                .then().header("Access-Control-Allow-Origin", nullValue());
        given().auth().oauth2(TestTokens.viewer()).header("Origin", "https://planner.example")
                .get("/api/v1/regions")
                .then().statusCode(200).header("Access-Control-Allow-Origin", nullValue());
    }
}
