package org.sovplan.capacity.site;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.sovplan.capacity.support.Api.asAdmin;
import static org.sovplan.capacity.support.Api.asViewer;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.UnaryOperator;

import org.junit.jupiter.api.Test;
import org.sovplan.capacity.support.Api;
import org.sovplan.capacity.support.SiteBuilder;
import org.sovplan.capacity.support.TestRegions;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
class SiteValidationTest {

    /** Each absurd or malformed value, and the field the 400 problem must name. */
    private static final Map<String, UnaryOperator<SiteBuilder>> BAD_VALUES = Map.ofEntries(
            Map.entry("itCapacityMw", s -> s.itCapacityMw(10_001)),
            Map.entry("itCapacityMw ", s -> s.itCapacityMw(-1)),
            Map.entry("itCapacityMw  ", s -> s.itCapacityMw("lots")),
            Map.entry("maxItMw", s -> s.set("maxItMw", -5)),
            Map.entry("pue", s -> s.pue(0.9)),
            Map.entry("pue ", s -> s.pue(3.5)),
            Map.entry("lat", s -> s.set("lat", 91)),
            Map.entry("lon", s -> s.set("lon", -181)),
            Map.entry("tier", s -> s.set("tier", 5)),
            Map.entry("status", s -> s.status("RUNNING")),
            Map.entry("type", s -> s.type("CASTLE")),
            Map.entry("sovereigntyLevel", s -> s.sovereigntyLevel("SEAL-7")),
            Map.entry("regionCode", s -> s.set("regionCode", "Kenya")),
            Map.entry("jurisdiction", s -> s.set("jurisdiction", "Kenya")),
            Map.entry("name", s -> s.name(" ")),
            Map.entry("operator", s -> s.without("operator")),
            Map.entry("availableFrom", s -> s.availableFrom("soon")),
            Map.entry("gridZoneCode", s -> s.gridZoneCode("grid of kenya")),
            Map.entry("colour", s -> s.set("colour", "blue")),
            Map.entry("id", s -> s.set("id", UUID.randomUUID().toString())),
            Map.entry("pools[0].installed", s -> s.pool("NVIDIA_L4", -4)),
            Map.entry("certifications", s -> s.set("certifications", "ISO27001")));

    @Test
    void absurdAndMalformedValuesAre400ProblemsNamingTheField() {
        String region = TestRegions.freshSubdivision();
        BAD_VALUES.forEach((field, change) -> asAdmin().body(change.apply(SiteBuilder.siteIn(region)).body())
                .post("/api/v1/sites")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem(field.strip()))
                .body("detail", not(containsString("Exception")))
                .body("detail", not(containsString("java."))));
        asViewer().queryParam("regionCode", region).get("/api/v1/sites").then().body("total", equalTo(0));
    }

    @Test
    void malformedBodiesAre400() {
        asAdmin().body("{\"name\": ").post("/api/v1/sites")
                .then().statusCode(400).body("type", containsString("malformed-body"));
        asAdmin().body("[]").post("/api/v1/sites").then().statusCode(400).contentType("application/problem+json");
        asAdmin().body("").post("/api/v1/sites").then().statusCode(400).contentType("application/problem+json");
        Api.asAdmin().contentType(ContentType.XML).body("<site/>").post("/api/v1/sites")
                .then().statusCode(415).contentType("application/problem+json");
    }

    @Test
    void theExpansionPotentialIsStoredAndAnswered() {
        String region = TestRegions.freshSubdivision();
        String id = asAdmin().body(SiteBuilder.siteIn(region).itCapacityMw(10).set("maxItMw", 40).body())
                .post("/api/v1/sites").then().statusCode(201).body("maxItMw", equalTo(40.0f)).extract().path("id");
        asViewer().get("/api/v1/sites/" + id).then().statusCode(200).body("maxItMw", equalTo(40.0f))
                .body("itCapacityMw", equalTo(10.0f));
    }

    @Test
    void brokenReferencesAndCrossFieldRulesAre422() {
        asAdmin().body(SiteBuilder.siteIn("XT-ZZZ").body()).post("/api/v1/sites")
                .then().statusCode(422).contentType("application/problem+json")
                .body("errors.field", hasItem("regionCode"));
        String region = TestRegions.freshSubdivision();
        asAdmin().body(SiteBuilder.siteIn(region).status("PLANNED").without("availableFrom").body())
                .post("/api/v1/sites").then().statusCode(422).body("errors.field", hasItem("availableFrom"));
        asAdmin().body(SiteBuilder.siteIn(region).status("UNDER_CONSTRUCTION").without("availableFrom").body())
                .post("/api/v1/sites").then().statusCode(422).body("errors.field", hasItem("availableFrom"));
        asAdmin().body(SiteBuilder.siteIn(region).pool("ACME_X1", 4).pool("NVIDIA_L4", 1).pool("NVIDIA_L4", 2).body())
                .post("/api/v1/sites").then().statusCode(422)
                .body("errors.field", equalTo(List.of("pools[0].modelCode", "pools[2].modelCode")));
        asAdmin().body(SiteBuilder.siteIn(region).itCapacityMw(10).set("maxItMw", 8).body())
                .post("/api/v1/sites").then().statusCode(422).body("errors.field", hasItem("maxItMw"));
        asViewer().queryParam("regionCode", region).get("/api/v1/sites").then().body("total", equalTo(0));
    }
}
