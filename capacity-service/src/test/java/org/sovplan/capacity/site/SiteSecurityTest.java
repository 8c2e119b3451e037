package org.sovplan.capacity.site;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.sovplan.capacity.support.Api.as;
import static org.sovplan.capacity.support.Api.asViewer;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.sovplan.capacity.support.SiteBuilder;
import org.sovplan.capacity.support.TestRegions;
import org.sovplan.testsupport.TestTokens;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class SiteSecurityTest {

    private static final String KENYAN_ADMIN = TestTokens.user("kenyan-admin").roles("admin").regions("KE").sign();

    @Test
    void readsNeedAToken() {
        given().get("/api/v1/sites").then().statusCode(401).contentType("application/problem+json")
                .header("WWW-Authenticate", containsString("Bearer"));
        given().get("/api/v1/sites/" + UUID.randomUUID()).then().statusCode(401);
        given().auth().oauth2(TestTokens.user("nobody").sign()).get("/api/v1/sites").then().statusCode(403);
        asViewer().get("/api/v1/sites").then().statusCode(200);
    }

    @Test
    void writesNeedTheAdminRole() {
        SiteBuilder site = SiteBuilder.site();
        given().contentType("application/json").body(site.body()).post("/api/v1/sites").then().statusCode(401);
        asViewer().body(site.body()).post("/api/v1/sites").then().statusCode(403).contentType("application/problem+json");
        as(TestTokens.planner()).body(site.body()).post("/api/v1/sites").then().statusCode(403);
        UUID id = site.create();
        asViewer().body(site.set("version", 0).body()).put("/api/v1/sites/" + id).then().statusCode(403);
        asViewer().delete("/api/v1/sites/" + id).then().statusCode(403);
        asViewer().body("[]").post("/api/v1/sites/import").then().statusCode(403);
    }

    @Test
    void writesStayWithinTheTokensRegions() {
        TestRegions.country("KE");
        SiteBuilder foreign = SiteBuilder.site();
        as(KENYAN_ADMIN).body(foreign.body()).post("/api/v1/sites")
                .then().statusCode(403).body("detail", containsString("KE"));
        UUID foreignId = foreign.create();
        as(KENYAN_ADMIN).body(foreign.set("version", 0).body()).put("/api/v1/sites/" + foreignId).then().statusCode(403);
        as(KENYAN_ADMIN).delete("/api/v1/sites/" + foreignId).then().statusCode(403);

        SiteBuilder kenyan = SiteBuilder.siteIn("KE");
        UUID kenyanId = UUID.fromString(as(KENYAN_ADMIN).body(kenyan.body()).post("/api/v1/sites")
                .then().statusCode(201).extract().path("id"));
        // Moving a site needs both regions.
        as(KENYAN_ADMIN).body(kenyan.set("version", 0).set("regionCode", foreign.regionCode()).body())
                .put("/api/v1/sites/" + kenyanId).then().statusCode(403);
        asViewer().get("/api/v1/sites/" + kenyanId).then().body("regionCode", equalTo("KE"));
        as(KENYAN_ADMIN).delete("/api/v1/sites/" + kenyanId).then().statusCode(204);

        as(TestTokens.user("unscoped-admin").roles("admin").sign()).body(SiteBuilder.siteIn("KE").body())
                .post("/api/v1/sites").then().statusCode(403);
    }
}
