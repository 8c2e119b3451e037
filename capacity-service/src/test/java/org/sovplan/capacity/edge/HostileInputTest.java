package org.sovplan.capacity.edge;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.sovplan.capacity.support.Api.asAdmin;
import static org.sovplan.capacity.support.Api.asViewer;

import java.net.URI;

import org.junit.jupiter.api.Test;
import org.sovplan.capacity.support.SiteBuilder;
import org.sovplan.testsupport.TestTokens;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.config.EncoderConfig;

/** Hostile input answers 400 problem documents and changes nothing; expired tokens say so. */
@QuarkusTest
class HostileInputTest {

    private static final String PROBLEM = "application/problem+json";

    @Test
    void aNulInAPathOrQueryParameterIsABadRequest() {
        asViewer().urlEncodingEnabled(false).get("/api/v1/sites/%00").then()
                .statusCode(400).contentType(PROBLEM).body("errors[0].field", equalTo("path"));
        asViewer().urlEncodingEnabled(false).get("/api/v1/sites?regionCode=K%00E").then()
                .statusCode(400).contentType(PROBLEM).body("errors[0].field", equalTo("regionCode"));
        asViewer().urlEncodingEnabled(false).get("/api/v1/sites?sort=name%01").then()
                .statusCode(400).contentType(PROBLEM);
    }

    @Test
    void aControlCharacterInABodyStringIsABadRequestNamingTheField() {
        SiteBuilder site = SiteBuilder.site().name("Nul\u0000Site");
        asAdmin().body(site.body()).post("/api/v1/sites").then()
                .statusCode(400).contentType(PROBLEM)
                .body("errors[0].field", equalTo("name"))
                .body("errors[0].message", containsString("U+0000"));
        asViewer().get("/api/v1/sites?size=500").then().statusCode(200)
                .body("items.name", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem(site.name())));
    }

    @Test
    void aBadQueryValueNamesTheParameterAndWhatItAccepts() {
        asViewer().get("/api/v1/sites?minSovereigntyLevel=3").then()
                .statusCode(400).contentType(PROBLEM)
                .body("errors[0].field", equalTo("minSovereigntyLevel"))
                .body("detail", containsString("SEAL-0"))
                .body("detail", containsString("SEAL-4"));
        asViewer().get("/api/v1/sites?availableBy=soon").then()
                .statusCode(400).body("errors[0].field", equalTo("availableBy"))
                .body("detail", containsString("YYYY-MM-DD"));
        asViewer().get("/api/v1/sites/not-a-uuid").then()
                .statusCode(400).body("errors[0].field", equalTo("id"));
    }

    @Test
    void anExpiredTokenIsToldItExpired() {
        String expired = TestTokens.user("late").roles("viewer").lifetime(java.time.Duration.ofMinutes(-10)).sign();
        given().auth().oauth2(expired).get("/api/v1/sites").then()
                .statusCode(401).contentType(PROBLEM)
                .header("WWW-Authenticate", containsString("error=\"invalid_token\""))
                .header("WWW-Authenticate", containsString("expired"))
                .body("detail", containsString("expired"));
        given().auth().oauth2("not.a.token").get("/api/v1/sites").then()
                .statusCode(401).header("WWW-Authenticate", containsString("error=\"invalid_token\""));
        given().get("/api/v1/sites").then().statusCode(401).header("WWW-Authenticate", equalTo("Bearer"));
    }

    @Test
    void problemJsonInAcceptNeverGives406() {
        asViewer().accept(PROBLEM).get("/api/v1/regions").then().statusCode(200).contentType("application/json");
        asViewer().accept("application/json, " + PROBLEM).get("/api/v1/regions").then().statusCode(200);
        asViewer().accept(PROBLEM).get("/api/v1/sites/00000000-0000-0000-0000-000000000000").then()
                .statusCode(404).contentType(PROBLEM);
    }

    @Test
    void aDeleteIgnoresAccept() {
        String location = asAdmin().body(SiteBuilder.site().noPools().body()).post("/api/v1/sites").then()
                .statusCode(201).extract().header("Location");
        asAdmin().accept(PROBLEM).delete(URI.create(location).getPath()).then().statusCode(204);
    }

    @Test
    void anUnsupportedRequestTypeIsA415Problem() {
        asAdmin().config(RestAssured.config().encoderConfig(EncoderConfig.encoderConfig()
                        .appendDefaultContentCharsetToContentTypeIfUndefined(false)))
                .contentType("application/xml").body("<site/>").post("/api/v1/sites").then()
                .statusCode(415).contentType(PROBLEM);
    }

    @Test
    void locationNamesTheAddressTheClientUsedBehindAProxy() {
        given().auth().oauth2(TestTokens.admin()).contentType("application/json")
                .header("X-Forwarded-Proto", "https").header("X-Forwarded-Host", "api.sovplan.example")
                .body(SiteBuilder.site().noPools().body()).post("/api/v1/sites").then()
                .statusCode(201).header("Location", org.hamcrest.Matchers.startsWith("https://api.sovplan.example/api/v1/sites/"));
    }
}
