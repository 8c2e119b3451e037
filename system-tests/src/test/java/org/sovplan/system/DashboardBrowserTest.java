package org.sovplan.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import io.restassured.path.json.JsonPath;

/**
 * The dashboard in a real headless Chromium, against the real stack: signed in through Keycloak's own login
 * page (authorization code flow with PKCE, client sovplan-web), with the demo data of deploy/demo loaded.
 * Expected figures are read from the API at the same moment, never written into the test.
 */
class DashboardBrowserTest extends DashboardTest {

    @ParameterizedTest
    @CsvSource({ "ada, admin, all", "paul, planner, KE", "vera, viewer, none" })
    void eachDemoUserSignsInAndSeesWhoTheyAre(String user, String role, String regions) {
        try (Browser browser = signIn(user)) {
            assertEquals(role, browser.text("#who-role"));
            assertEquals(regions, browser.text("#who-regions"));
            browser.await("the overview").until(() -> browser.has("#summary"));
            assertTrue(browser.has("#sign-out"), "a signed-in user can sign out");
            if (user.equals("paul")) {
                browser.await("the map's markers").until(() -> !browser.all("circle.site-marker").isEmpty());
                browser.screenshot("overview");
            }
            browser.click("#sign-out");
            browser.await("signed out").until(() -> browser.has("#sign-in"));
        }
    }

    @Test
    void theMapShowsEverySiteOfTheRegion() {
        JsonPath sites = api.as("vera").queryParam("regionCode", "KE").queryParam("size", 500).get("/api/v1/sites")
                .then().statusCode(200).extract().jsonPath();
        List<String> expected = sites.<Map<String, Object>>getList("items").stream()
                .filter(site -> !"DECOMMISSIONED".equals(site.get("status"))).map(site -> (String) site.get("id")).toList();
        assertTrue(expected.size() >= 6, "the Kenyan demo sites are loaded");
        try (Browser browser = signIn("vera")) {
            browser.await("one marker per site").until(() -> browser.all("circle.site-marker").size() == expected.size());
            List<String> shown = browser.all("circle.site-marker").stream().map(m -> m.getAttribute("data-site-id")).toList();
            assertEquals(expected.stream().sorted().toList(), shown.stream().sorted().toList());
            assertEquals(sites.getList("items").size(), browser.all("#sites-table tbody tr").size(),
                    "the sites also appear in a table");
            assertTrue(browser.all("svg.map path.country").size() > 100, "country shapes come with the page");
            // The projection is fitted to the region: Kenya (its sites lie inside it) is centred and fills the frame.
            @SuppressWarnings("unchecked")
            Map<String, Number> fit = (Map<String, Number>) browser.script("""
                    const svg = document.querySelector('svg.map');
                    const box = svg.querySelector('path.country.focus').getBBox();
                    const view = svg.viewBox.baseVal;
                    return { dx: box.x + box.width / 2 - view.width / 2, dy: box.y + box.height / 2 - view.height / 2,
                             share: Math.max(box.width / view.width, box.height / view.height) };
                    """);
            assertTrue(Math.abs(fit.get("dx").doubleValue()) <= 2 && Math.abs(fit.get("dy").doubleValue()) <= 2,
                    "the region is centred: " + fit);
            assertTrue(fit.get("share").doubleValue() >= 0.85, "the region fills the map: " + fit);
        }
    }

    @Test
    void theSummaryMatchesTheApi() {
        String asOf = java.time.LocalDate.now().plusYears(1).withMonth(12).withDayOfMonth(31).toString();
        JsonPath now = api.as("vera").queryParam("regionCode", "KE").get("/api/v1/capacity/summary")
                .then().statusCode(200).extract().jsonPath();
        JsonPath then = api.as("vera").queryParam("regionCode", "KE").queryParam("asOf", asOf)
                .get("/api/v1/capacity/summary").then().statusCode(200).extract().jsonPath();
        try (Browser browser = signIn("vera")) {
            browser.await("the summary").until(() -> browser.has("#status-table tbody tr"));
            assertFigure(now.getString("totals.itCapacityMw"), browser.text("#summary-it-mw"));
            assertFigure(then.getString("totals.itCapacityMw"), browser.text("#summary-it-mw-asof"));
            assertEquals(now.getString("totals.sites"), browser.text("#summary-sites").replace(",", ""));
            Map<String, Object> byStatus = now.getMap("totals.itCapacityMwByStatus");
            for (WebElement row : browser.all("#status-table tbody tr")) {
                List<WebElement> cells = row.findElements(By.tagName("td"));
                Object api = byStatus.getOrDefault(cells.get(0).getText(), 0);
                assertFigure(String.valueOf(api), cells.get(1).getText());
            }
            List<Map<String, Object>> gpus = now.getList("totals.gpusByModel");
            List<WebElement> gpuRows = browser.all("#gpus-table tbody tr");
            assertEquals(gpus.size(), gpuRows.size());
            for (int i = 0; i < gpus.size(); i++) {
                List<WebElement> cells = gpuRows.get(i).findElements(By.tagName("td"));
                assertEquals(gpus.get(i).get("modelCode"), cells.get(0).getText());
                assertFigure(String.valueOf(gpus.get(i).get("installed")), cells.get(1).getText());
            }
            assertFigure(now.getString("countries.find { it.countryCode == 'KE' }.itCapacityMwPerMillionPeople"),
                    browser.text("#per-million-table tbody tr td[data-field=perMillion]"));
        }
    }

    @Test
    void aViewerSeesNoPlanButtonAndTheApiRefusesThemAnyway() {
        try (Browser browser = signIn("vera")) {
            browser.open(stack.gatewayUrl(), "plans");
            browser.await("the plans list").until(() -> browser.has("#plans-table"));
            assertFalse(browser.has("#start-plan"));
            assertFalse(browser.has("#plan-form"));
            browser.open(stack.gatewayUrl(), "workloads");
            browser.await("the workloads list").until(() -> browser.has("#workloads-table"));
            assertFalse(browser.has("#create-workload"));
        }
        api.as("vera").body(Map.of("filter", Map.of("regionCode", "KE"))).post("/api/v1/plans").then().statusCode(403);
    }

    @Test
    void aValidationErrorIsShownBesideItsField() {
        String name = "Browser check " + Fixtures.suffix();
        try (Browser browser = signIn("paul")) {
            browser.open(stack.gatewayUrl(), "workloads");
            browser.await("the workload form").until(() -> browser.has("#create-workload"));
            browser.await("the live sizing").until(() -> browser.has("#sizing-table"));
            browser.screenshot("workloads");
            browser.type("#f-name", name);
            browser.type("#f-paramsBillion", "-7");
            browser.click("#create-workload");
            browser.await("the error beside paramsBillion").until(() -> !browser.text("#err-paramsBillion").isEmpty());
            WebElement input = browser.driver().findElement(By.id("f-paramsBillion"));
            assertEquals("true", input.getAttribute("aria-invalid"));
            assertEquals("err-paramsBillion", input.getAttribute("aria-describedby"));
            assertEquals("", browser.text("#err-name"), "only the field at fault is marked");
        }
        api.as("paul").queryParam("name", name).get("/api/v1/workloads").then().statusCode(200)
                .body("total", org.hamcrest.Matchers.equalTo(0));
    }

    @Test
    void theEnergyViewShowsAZonesProfileHeadroomAndAQuote() {
        try (Browser browser = signIn("vera")) {
            browser.open(stack.gatewayUrl(), "energy");
            browser.await("the headroom table").until(() -> browser.has("#headroom-table tbody tr"));
            browser.click("#quote-form button[type=submit]");
            browser.await("the quote").until(() -> browser.has("#quote-table tbody tr"));
            browser.screenshot("energy");
        }
    }

    /** The page shows the API's figure, cut to at most 3 decimals with thousands separators, never rounded up. */
    private static void assertFigure(String api, String shown) {
        if (api == null || api.equals("null")) {
            // e.g. MW per million people of a country whose population is not recorded
            assertEquals("—", shown, "the API has no figure, so the page shows none");
            return;
        }
        BigDecimal expected = new BigDecimal(api).setScale(3, java.math.RoundingMode.DOWN).stripTrailingZeros();
        BigDecimal actual = new BigDecimal(shown.replace(",", "")).stripTrailingZeros();
        assertEquals(0, expected.compareTo(actual), "API " + api + ", page " + shown);
    }
}
