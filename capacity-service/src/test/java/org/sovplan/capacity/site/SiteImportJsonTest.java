package org.sovplan.capacity.site;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.sovplan.capacity.support.Api.as;
import static org.sovplan.capacity.support.Api.asAdmin;
import static org.sovplan.capacity.support.Api.asViewer;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.sovplan.capacity.support.SiteBuilder;
import org.sovplan.capacity.support.TestRegions;
import org.sovplan.testsupport.TestTokens;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

@QuarkusTest
class SiteImportJsonTest {

    private static ValidatableResponse importing(Object rows) {
        return asAdmin().body(rows).post("/api/v1/sites/import").then();
    }

    private static ValidatableResponse sitesOf(String region) {
        return asViewer().queryParam("regionCode", region).get("/api/v1/sites").then().statusCode(200);
    }

    @Test
    void importsAllRowsWithTheirPools() {
        String region = TestRegions.freshSubdivision();
        List<Map<String, Object>> rows = List.of(
                SiteBuilder.siteIn(region).name("Import A").pool("NVIDIA_H100_SXM", 64).pool("NVIDIA_L4", 8).body(),
                SiteBuilder.siteIn(region).name("Import B").status("PLANNED").availableFrom("2027-03-01").body());
        importing(rows).statusCode(200).body("created", equalTo(2)).body("skipped", equalTo(0))
                .body("rows.outcome", contains("CREATED", "CREATED")).body("rows.name", contains("Import A", "Import B"));
        sitesOf(region).body("total", equalTo(2)).body("items[0].pools", hasSize(2))
                .body("items[0].pools[0].installed", equalTo(64)).body("items[1].status", equalTo("PLANNED"));
    }

    @Test
    void aBadRowRejectsTheWholeImportNamingTheRow() {
        String region = TestRegions.freshSubdivision();
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            rows.add(SiteBuilder.siteIn(region).body());
        }
        rows.set(3, SiteBuilder.siteIn(region).pue(0.8).set("lat", 95).body());
        importing(rows).statusCode(400).contentType("application/problem+json")
                .body("errors.field", contains("rows[3].lat", "rows[3].pue"))
                .body("detail", containsString("nothing was written"));
        sitesOf(region).body("total", equalTo(0));

        rows.set(3, SiteBuilder.siteIn(region).set("colour", "blue").body());
        rows.set(4, SiteBuilder.siteIn(region).status("GONE").body());
        importing(rows).statusCode(400).body("errors.field", contains("rows[3].colour", "rows[4].status"));
        sitesOf(region).body("total", equalTo(0));
    }

    @Test
    void referencesAndDuplicatesAre422ForTheWholeImport() {
        String region = TestRegions.freshSubdivision();
        String existing = SiteBuilder.siteIn(region).name("Already there").create().toString();
        List<Map<String, Object>> rows = List.of(
                SiteBuilder.siteIn(region).name("Fine").body(),
                SiteBuilder.siteIn("XT-QQQ").body(),
                SiteBuilder.siteIn(region).pool("ACME_X1", 1).body(),
                SiteBuilder.siteIn(region).status("UNDER_CONSTRUCTION").without("availableFrom").body(),
                SiteBuilder.siteIn(region).name("fine").body(),
                SiteBuilder.siteIn(region).name("Already There").body());
        importing(rows).statusCode(422).contentType("application/problem+json")
                .body("errors.field", contains("rows[1].regionCode", "rows[2].pools[0].modelCode",
                        "rows[3].availableFrom", "rows[4].name", "rows[5].name"))
                .body("errors[3].message", containsString("rows[0]"))
                .body("errors[4].message", containsString(existing));
        sitesOf(region).body("total", equalTo(1));
    }

    @Test
    void skippingExistingSitesMakesReimportHarmless() {
        String region = TestRegions.freshSubdivision();
        List<Map<String, Object>> rows = List.of(SiteBuilder.siteIn(region).name("One").body(),
                SiteBuilder.siteIn(region).name("Two").pool("NVIDIA_L4", 2).body());
        importing(rows).statusCode(200).body("created", equalTo(2));
        asAdmin().body(rows).queryParam("ifExists", "skip").post("/api/v1/sites/import").then().statusCode(200)
                .body("created", equalTo(0)).body("skipped", equalTo(2)).body("rows.outcome", contains("SKIPPED", "SKIPPED"));
        importing(rows).statusCode(422).body("errors.field", contains("rows[0].name", "rows[1].name"));
        sitesOf(region).body("total", equalTo(2));
        asAdmin().body(rows).queryParam("ifExists", "overwrite").post("/api/v1/sites/import").then().statusCode(400);
    }

    @Test
    void rowsOutsideTheTokensRegionsAre403() {
        TestRegions.country("KE");
        String region = TestRegions.freshSubdivision();
        List<Map<String, Object>> rows = List.of(SiteBuilder.siteIn("KE").body(), SiteBuilder.siteIn(region).body());
        as(TestTokens.user("kenyan-admin").roles("admin").regions("KE").sign()).body(rows)
                .post("/api/v1/sites/import").then().statusCode(403).body("errors.field", contains("rows[1].regionCode"));
        sitesOf(region).body("total", equalTo(0));
    }

    @Test
    void malformedOrOversizedImportsAreRefused() {
        importing("{\"name\": \"not an array\"}").statusCode(400).body("errors.field", hasItem("body"));
        importing("[{\"name\": ").statusCode(400).body("type", containsString("malformed-body"));
        importing("[]").statusCode(400).body("errors.field", hasItem("rows"));
        importing("[1]").statusCode(400).body("errors.field", hasItem("rows[0]"));
        Map<String, Object> row = SiteBuilder.siteIn(TestRegions.COUNTRY).body();
        importing(Collections.nCopies(5001, row)).statusCode(413).contentType("application/problem+json");
        asAdmin().contentType("text/plain").body("name").post("/api/v1/sites/import").then().statusCode(415);
    }
}
