package org.sovplan.capacity.region;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.sovplan.testsupport.TestTokens;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
class RegionResourceTest {

    /** A fresh ISO-3166-2-shaped code under the test country, so tests never collide. */
    static String freshCode() {
        return "ZZ-" + UUID.randomUUID().toString().replaceAll("[^0-9]", "").substring(0, 3);
    }

    static void ensureCountry(String code) {
        given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON)
                .body(Map.of("code", code, "name", "Test country " + code)).post("/api/v1/regions");
    }

    @Test
    void createReadUpdateDelete() {
        ensureCountry("ZZ");
        String code = freshCode();
        given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON)
                .body(Map.of("code", code, "name", "Test county", "parentCode", "ZZ", "population", 1000,
                        "lat", -1.2, "lon", 36.8))
                .post("/api/v1/regions")
                .then().statusCode(201)
                .header("Location", containsString("/api/v1/regions/" + code))
                .body("code", equalTo(code)).body("version", equalTo(0)).body("parentCode", equalTo("ZZ"));

        given().auth().oauth2(TestTokens.viewer()).get("/api/v1/regions/" + code)
                .then().statusCode(200).header("ETag", "\"0\"").body("name", equalTo("Test county"));

        given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON)
                .body(Map.of("name", "Renamed county", "parentCode", "ZZ", "version", 0))
                .put("/api/v1/regions/" + code)
                .then().statusCode(200).body("name", equalTo("Renamed county")).body("version", equalTo(1))
                .body("population", nullValue());

        given().auth().oauth2(TestTokens.viewer()).queryParam("parentCode", "ZZ").queryParam("size", 500)
                .get("/api/v1/regions")
                .then().statusCode(200).body("items.code", hasItem(code)).body("size", equalTo(500));

        given().auth().oauth2(TestTokens.admin()).delete("/api/v1/regions/" + code).then().statusCode(204);
        given().auth().oauth2(TestTokens.viewer()).get("/api/v1/regions/" + code)
                .then().statusCode(404).contentType("application/problem+json")
                .body("status", equalTo(404)).body("instance", equalTo("/api/v1/regions/" + code));
    }

    @Test
    void staleUpdateIsRefused() {
        ensureCountry("ZZ");
        String code = freshCode();
        given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON)
                .body(Map.of("code", code, "name", "v0", "parentCode", "ZZ")).post("/api/v1/regions")
                .then().statusCode(201);
        given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON)
                .body(Map.of("name", "first writer", "parentCode", "ZZ", "version", 0))
                .put("/api/v1/regions/" + code).then().statusCode(200);
        given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON)
                .body(Map.of("name", "second writer", "parentCode", "ZZ", "version", 0))
                .put("/api/v1/regions/" + code)
                .then().statusCode(409).body("type", containsString("stale-version"));
        given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(Map.of("name", "third writer", "parentCode", "ZZ"))
                .put("/api/v1/regions/" + code).then().statusCode(409);
        given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON)
                .body(Map.of("name", "no version", "parentCode", "ZZ"))
                .put("/api/v1/regions/" + code).then().statusCode(428).body("errors.field", hasItem("version"));
        given().auth().oauth2(TestTokens.viewer()).get("/api/v1/regions/" + code)
                .then().body("name", equalTo("first writer"));
    }

    @Test
    void badInputGetsProblemsAndChangesNothing() {
        String admin = TestTokens.admin();
        given().auth().oauth2(admin).contentType(ContentType.JSON).body("{\"code\": \"ZZ-1\", \"name\": ")
                .post("/api/v1/regions").then().statusCode(400).contentType("application/problem+json")
                .body("type", containsString("malformed-body")).body("detail", not(containsString("Exception")));
        given().auth().oauth2(admin).contentType(ContentType.JSON)
                .body(Map.of("code", "Kenya", "name", "x", "lat", 91))
                .post("/api/v1/regions").then().statusCode(400)
                .body("errors.field", hasItem("code")).body("errors.field", hasItem("lat"));
        given().auth().oauth2(admin).contentType(ContentType.JSON)
                .body(Map.of("code", "ZZ-9X", "name", "x", "colour", "blue"))
                .post("/api/v1/regions").then().statusCode(400).body("errors.field", hasItem("colour"));
        given().auth().oauth2(admin).contentType(ContentType.JSON)
                .body(Map.of("code", "ZZ-9Y", "name", "x", "population", "many"))
                .post("/api/v1/regions").then().statusCode(400).body("errors.field", hasItem("population"));
        given().auth().oauth2(admin).contentType(ContentType.JSON)
                .body(Map.of("code", "ZZ-9Z", "name", "x", "parentCode", "QQ"))
                .post("/api/v1/regions").then().statusCode(422).body("errors.field", hasItem("parentCode"));
        given().auth().oauth2(admin).contentType(ContentType.TEXT).body("code=ZZ")
                .post("/api/v1/regions").then().statusCode(415).contentType("application/problem+json");
        given().auth().oauth2(admin).queryParam("size", 501).get("/api/v1/regions")
                .then().statusCode(400).body("errors.field", hasItem("size"));
        given().auth().oauth2(admin).queryParam("page", "first").get("/api/v1/regions")
                .then().statusCode(400).contentType("application/problem+json");
        given().auth().oauth2(admin).queryParam("sort", "secret,asc").get("/api/v1/regions")
                .then().statusCode(400).body("errors.field", hasItem("sort"));
        for (String code : new String[] { "ZZ-9X", "ZZ-9Y", "ZZ-9Z" }) {
            given().auth().oauth2(admin).get("/api/v1/regions/" + code).then().statusCode(404);
        }
    }

    @Test
    void securityIsDenyByDefault() {
        given().get("/api/v1/regions").then().statusCode(401).contentType("application/problem+json")
                .header("WWW-Authenticate", containsString("Bearer"));
        given().auth().oauth2("not-a-token").get("/api/v1/regions").then().statusCode(401);
        given().auth().oauth2(TestTokens.user("ada").roles("admin").regions("*").issuer("https://evil.example.com").sign())
                .get("/api/v1/regions").then().statusCode(401);
        given().auth().oauth2(TestTokens.user("ada").roles("admin").regions("*").audience("another-api").sign())
                .get("/api/v1/regions").then().statusCode(401);
        given().auth().oauth2(TestTokens.user("ada").roles("admin").regions("*").lifetime(java.time.Duration.ofMinutes(-10)).sign())
                .get("/api/v1/regions").then().statusCode(401);
        given().auth().oauth2(TestTokens.user("nobody").sign()).get("/api/v1/regions").then().statusCode(403);
        given().auth().oauth2(TestTokens.viewer()).contentType(ContentType.JSON)
                .body(Map.of("code", "ZZ-8A", "name", "x")).post("/api/v1/regions")
                .then().statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.user("kenyan-admin").roles("admin").regions("KE").sign())
                .contentType(ContentType.JSON).body(Map.of("code", "ZZ-8B", "name", "x")).post("/api/v1/regions")
                .then().statusCode(403).body("detail", containsString("KE"));
        given().auth().oauth2(TestTokens.user("unscoped-admin").roles("admin").sign())
                .contentType(ContentType.JSON).body(Map.of("code", "ZZ-8C", "name", "x")).post("/api/v1/regions")
                .then().statusCode(403);
        given().get("/q/health/ready").then().statusCode(200);
    }
}
