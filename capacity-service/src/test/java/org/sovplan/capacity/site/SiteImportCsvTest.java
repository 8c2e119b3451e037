package org.sovplan.capacity.site;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.sovplan.capacity.support.Api.asAdmin;
import static org.sovplan.capacity.support.Api.asViewer;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.sovplan.capacity.support.TestRegions;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

@QuarkusTest
class SiteImportCsvTest {

    static final String HEADER = "name,regionCode,type,operator,operatorHqCountry,jurisdiction,sovereigntyLevel,"
            + "certifications,status,availableFrom,itCapacityMw,pue,gridZoneCode,lat,lon,tier,pools,source,estimated";

    /** One CSV line of a valid operational site, with the given name, region and pools cell. */
    static String line(String name, String region, String pools) {
        return String.join(",", name, region, "COLOCATION", "\"Operator, Ltd\"", "KE", "KE", "SEAL-2",
                "ISO27001;Tier III", "OPERATIONAL", "2024-01-01", "12.5", "1.45", "KE", "-1.3", "36.8", "3", pools,
                "estimate from press reports", "true");
    }

    static String csv(String... lines) {
        return String.join("\n", lines) + "\n";
    }

    private static ValidatableResponse importing(String body) {
        return asAdmin().contentType("text/csv").body(body).post("/api/v1/sites/import").then();
    }

    @Test
    void importsCsvWithPoolsAndCertifications() {
        String region = TestRegions.freshSubdivision();
        importing(csv(HEADER, line("Csv One", region, "NVIDIA_H100_SXM:64;NVIDIA_L4:16"), line("Csv Two", region, "")))
                .statusCode(200).body("created", equalTo(2));
        asViewer().queryParam("regionCode", region).get("/api/v1/sites").then()
                .body("items.name", contains("Csv One", "Csv Two"))
                .body("items[0].operator", equalTo("Operator, Ltd"))
                .body("items[0].certifications", contains("ISO27001", "Tier III"))
                .body("items[0].itCapacityMw", equalTo(12.5f))
                .body("items[0].estimated", equalTo(true))
                .body("items[0].pools.modelCode", contains("NVIDIA_H100_SXM", "NVIDIA_L4"))
                .body("items[0].pools.installed", contains(64, 16))
                .body("items[1].pools.size()", equalTo(0));
    }

    @Test
    void columnsMayComeInAnyOrderAndOptionalOnesMayBeLeftOut() {
        String region = TestRegions.freshSubdivision();
        importing(csv("regionCode,name,status,availableFrom,type,operator,operatorHqCountry,jurisdiction,"
                + "sovereigntyLevel,itCapacityMw,pue,gridZoneCode,lat,lon",
                region + ",Minimal,PLANNED,2028-01-01,EDGE,Op,KE,KE,SEAL-0,0.5,1.2,KE,0,37"))
                .statusCode(200).body("created", equalTo(1));
        asViewer().queryParam("regionCode", region).get("/api/v1/sites").then()
                .body("items[0].type", equalTo("EDGE")).body("items[0].tier", equalTo(null));
    }

    @Test
    void badCellsNameTheirRowAndRejectEverything() {
        String region = TestRegions.freshSubdivision();
        importing(csv(HEADER, line("Good", region, ""), line("Bad pools", region, "NVIDIA_L4=4"),
                line("Bad count", region, "NVIDIA_L4:many"), line("Bad pue", region, "").replace(",1.45,", ",0.5,")))
                .statusCode(400)
                .body("errors.field", contains("rows[1].pools", "rows[2].pools[0].installed", "rows[3].pue"));
        importing(csv(HEADER, line("Unknown model", region, "ACME_X1:4"))).statusCode(422)
                .body("errors.field", contains("rows[0].pools[0].modelCode"));
        asViewer().queryParam("regionCode", region).get("/api/v1/sites").then().body("total", equalTo(0));
    }

    @Test
    void headersAreChecked() {
        String region = TestRegions.freshSubdivision();
        importing(csv(HEADER + ",colour", line("x", region, "") + ",blue")).statusCode(400)
                .body("errors.field", hasItem("header.colour"));
        importing(csv("name,regionCode", "x," + region)).statusCode(400).body("errors.field", hasItem("header.pue"));
        importing("").statusCode(400);
        importing(csv(HEADER)).statusCode(400).body("errors.field", hasItem("rows"));
        importing(csv(HEADER, line("x", region, "") + ",extra,cells")).statusCode(400)
                .body("errors.field", hasItem("rows[0]"));
    }

    @Test
    void moreThan5000RowsAre413() {
        List<String> lines = new ArrayList<>();
        lines.add(HEADER);
        for (int i = 0; i <= 5000; i++) {
            lines.add(line("Row " + i, TestRegions.COUNTRY, ""));
        }
        importing(csv(lines.toArray(String[]::new))).statusCode(413).contentType("application/problem+json");
    }
}
