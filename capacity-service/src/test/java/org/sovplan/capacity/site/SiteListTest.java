package org.sovplan.capacity.site;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static org.sovplan.capacity.support.Api.asViewer;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.sovplan.capacity.support.SiteBuilder;
import org.sovplan.capacity.support.TestRegions;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class SiteListTest {

    @Test
    void filtersCombine() {
        String region = TestRegions.freshSubdivision();
        String h100 = SiteBuilder.siteIn(region).name("A hyperscale").type("HYPERSCALE").sovereigntyLevel("SEAL-1")
                .gridZoneCode("XT-NORTH").pool("NVIDIA_H100_SXM", 100).create().toString();
        String edge = SiteBuilder.siteIn(region).name("B edge").type("EDGE").sovereigntyLevel("SEAL-3")
                .pool("NVIDIA_JETSON_AGX_ORIN_64GB", 20).pool("NVIDIA_H100_SXM", 0).create().toString();
        String planned = SiteBuilder.siteIn(region).name("C planned").status("PLANNED").availableFrom("2028-06-01")
                .sovereigntyLevel("SEAL-4").create().toString();
        String retired = SiteBuilder.siteIn(region).name("D retired").status("DECOMMISSIONED").create().toString();

        list(Map.of("regionCode", region)).body("total", equalTo(4))
                .body("items.id", contains(h100, edge, planned, retired));
        list(Map.of("regionCode", region, "type", "EDGE")).body("items.id", contains(edge));
        list(Map.of("regionCode", region, "status", "PLANNED")).body("items.id", contains(planned));
        list(Map.of("regionCode", region, "minSovereigntyLevel", "SEAL-3")).body("items.id", contains(edge, planned));
        list(Map.of("regionCode", region, "gridZoneCode", "XT-NORTH")).body("items.id", contains(h100));
        // installed 0 does not count as having the model
        list(Map.of("regionCode", region, "acceleratorModel", "NVIDIA_H100_SXM")).body("items.id", contains(h100));
        list(Map.of("regionCode", region, "availableBy", "2027-01-01")).body("items.id", contains(h100, edge));
        list(Map.of("regionCode", region, "availableBy", "2029-01-01")).body("items.id", contains(h100, edge, planned));
        list(Map.of("regionCode", region, "availableBy", "2029-01-01", "minSovereigntyLevel", "SEAL-4"))
                .body("items.id", contains(planned));
    }

    @Test
    void countryFilterIncludesSubdivisions() {
        String first = TestRegions.freshSubdivision();
        String second = TestRegions.freshSubdivision();
        String a = SiteBuilder.siteIn(first).create().toString();
        String b = SiteBuilder.siteIn(second).create().toString();
        asViewer().queryParam("regionCode", TestRegions.COUNTRY).queryParam("size", 500).get("/api/v1/sites")
                .then().statusCode(200)
                .body("items.id", hasItem(a)).body("items.id", hasItem(b))
                .body("items.regionCode", everyItem(startsWith(TestRegions.COUNTRY)));
        list(Map.of("regionCode", first)).body("items.id", contains(a));
    }

    @Test
    void sortsAndPages() {
        String region = TestRegions.freshSubdivision();
        String small = SiteBuilder.siteIn(region).name("Zulu").itCapacityMw(1).create().toString();
        String large = SiteBuilder.siteIn(region).name("Alpha").itCapacityMw(50).create().toString();
        String medium = SiteBuilder.siteIn(region).name("Mike").itCapacityMw(5).create().toString();

        list(Map.of("regionCode", region)).body("items.id", contains(large, medium, small));
        list(Map.of("regionCode", region, "sort", "itCapacityMw,desc")).body("items.id", contains(large, medium, small));
        list(Map.of("regionCode", region, "sort", "itCapacityMw")).body("items.id", contains(small, medium, large));
        list(Map.of("regionCode", region, "sort", "name,desc", "size", 2, "page", 0))
                .body("items.id", contains(small, medium)).body("size", equalTo(2)).body("total", equalTo(3));
        list(Map.of("regionCode", region, "sort", "name,desc", "size", 2, "page", 1))
                .body("items.id", contains(large)).body("page", equalTo(1));
        list(Map.of("regionCode", region, "page", 5)).body("items", hasSize(0)).body("total", equalTo(3));
    }

    @Test
    void badListParametersAreProblems() {
        for (Map<String, Object> params : java.util.List.<Map<String, Object>>of(
                Map.of("size", 501), Map.of("size", 0), Map.of("page", -1), Map.of("sort", "operator,asc"),
                Map.of("sort", "name;drop"), Map.of("status", "RUNNING"), Map.of("type", "CASTLE"),
                Map.of("minSovereigntyLevel", "SEAL-9"), Map.of("availableBy", "next year"),
                Map.of("regionCode", "Kenya"))) {
            asViewer().queryParams(params).get("/api/v1/sites")
                    .then().statusCode(400).contentType("application/problem+json").body("status", equalTo(400));
        }
        asViewer().queryParam("sort", "operator").get("/api/v1/sites")
                .then().body("errors.field", containsInAnyOrder("sort"));
    }

    private static io.restassured.response.ValidatableResponse list(Map<String, ?> params) {
        return asViewer().queryParams(params).get("/api/v1/sites").then().statusCode(200);
    }
}
