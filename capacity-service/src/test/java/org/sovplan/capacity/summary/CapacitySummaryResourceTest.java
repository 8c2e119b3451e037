package org.sovplan.capacity.summary;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.sovplan.capacity.support.Api.asReserver;
import static org.sovplan.capacity.support.Api.asViewer;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.sovplan.capacity.support.SiteBuilder;
import org.sovplan.capacity.support.TestRegions;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

@QuarkusTest
class CapacitySummaryResourceTest {

    private static ValidatableResponse summary(Map<String, ?> params) {
        return asViewer().queryParams(params).get("/api/v1/capacity/summary").then().statusCode(200);
    }

    /**
     * One subdivision of the test country with an operational site (10 MW, 100 H100, 20 of them
     * reserved), a site under construction until 2026-07-01 (5 MW, 8 L4), a planned one from
     * 2028-01-01 (20 MW) and a decommissioned one (3 MW).
     */
    private static String region() {
        String region = TestRegions.freshSubdivision();
        UUID operational = SiteBuilder.siteIn(region).itCapacityMw(10).pool("NVIDIA_H100_SXM", 100).create();
        SiteBuilder.siteIn(region).status("UNDER_CONSTRUCTION").availableFrom("2026-07-01").itCapacityMw(5)
                .pool("NVIDIA_L4", 8).create();
        SiteBuilder.siteIn(region).status("PLANNED").availableFrom("2028-01-01").itCapacityMw(20).create();
        SiteBuilder.siteIn(region).status("DECOMMISSIONED").itCapacityMw(3).pool("NVIDIA_A100_SXM", 50).create();
        asReserver().body(Map.of("siteId", operational.toString(), "modelCode", "NVIDIA_H100_SXM", "gpus", 20))
                .post("/api/v1/reservations").then().statusCode(201);
        return region;
    }

    @Test
    void withoutADateEverySiteNotDecommissionedCountsAndRollsUpToItsCountry() {
        String region = region();
        summary(Map.of("regionCode", region))
                .body("regionCode", equalTo(region))
                .body("countries", hasSize(1))
                .body("countries[0].countryCode", equalTo(TestRegions.COUNTRY))
                .body("countries[0].population", equalTo(10_000_000))
                // 35 MW for 10 million people
                .body("countries[0].itCapacityMwPerMillionPeople", equalTo(3.5f))
                .body("countries[0].totals.sites", equalTo(3))
                .body("countries[0].totals.itCapacityMw", equalTo(35.0f))
                .body("countries[0].totals.itCapacityMwByStatus.OPERATIONAL", equalTo(10.0f))
                .body("countries[0].totals.itCapacityMwByStatus.UNDER_CONSTRUCTION", equalTo(5.0f))
                .body("countries[0].totals.itCapacityMwByStatus.PLANNED", equalTo(20.0f))
                // 20 × 700 W × 1.5
                .body("countries[0].totals.reservedItMw", equalTo(0.021f))
                .body("countries[0].totals.availableItMw", equalTo(34.979f))
                .body("countries[0].totals.gpusByModel.modelCode", contains("NVIDIA_H100_SXM", "NVIDIA_L4"))
                .body("countries[0].totals.gpusByModel[0].installed", equalTo(100))
                .body("countries[0].totals.gpusByModel[0].reserved", equalTo(20))
                .body("countries[0].totals.gpusByModel[0].available", equalTo(80))
                .body("totals.sites", equalTo(3));
    }

    @Test
    void asOfCountsOnlySitesOperationalByThen() {
        String region = region();
        summary(Map.of("regionCode", region, "asOf", "2026-01-01"))
                .body("asOf", equalTo("2026-01-01"))
                .body("totals.sites", equalTo(1)).body("totals.itCapacityMw", equalTo(10.0f))
                .body("totals.gpusByModel.modelCode", contains("NVIDIA_H100_SXM"));
        summary(Map.of("regionCode", region, "asOf", "2027-01-01"))
                .body("totals.sites", equalTo(2)).body("totals.itCapacityMw", equalTo(15.0f))
                .body("totals.itCapacityMwByStatus.UNDER_CONSTRUCTION", equalTo(5.0f))
                .body("totals.gpusByModel[1].installed", equalTo(8));
        summary(Map.of("regionCode", region, "asOf", "2030-01-01"))
                .body("totals.sites", equalTo(3)).body("totals.itCapacityMw", equalTo(35.0f));
    }

    @Test
    void aCountrySummaryIncludesItsSubdivisionsAndWholeSummariesListEveryCountry() {
        String first = region();
        String second = TestRegions.freshSubdivision();
        SiteBuilder.siteIn(second).itCapacityMw(1).create();
        summary(Map.of("regionCode", TestRegions.COUNTRY)).body("countries", hasSize(1))
                .body("countries[0].countryName", equalTo("Country " + TestRegions.COUNTRY));
        summary(Map.of()).body("countries.countryCode", hasItem(TestRegions.COUNTRY));
        summary(Map.of("regionCode", second)).body("totals.itCapacityMw", equalTo(1.0f));
        summary(Map.of("regionCode", first)).body("totals.itCapacityMw", equalTo(35.0f));
    }

    @Test
    void anEmptyRegionSummarisesToZero() {
        summary(Map.of("regionCode", TestRegions.freshSubdivision())).body("countries", hasSize(0))
                .body("totals.sites", equalTo(0)).body("totals.itCapacityMw", equalTo(0.0f))
                .body("totals.itCapacityMwByStatus.OPERATIONAL", equalTo(0.0f));
    }

    @Test
    void badParametersAreProblems() {
        asViewer().queryParam("regionCode", "QQ").get("/api/v1/capacity/summary").then().statusCode(422)
                .body("errors[0].field", equalTo("regionCode"));
        asViewer().queryParam("regionCode", "kenya").get("/api/v1/capacity/summary").then().statusCode(400);
        asViewer().queryParam("asOf", "2027-13-45").get("/api/v1/capacity/summary").then().statusCode(400)
                .contentType("application/problem+json");
        given().get("/api/v1/capacity/summary").then().statusCode(401);
    }
}
