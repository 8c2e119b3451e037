package org.sovplan.system;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import io.restassured.path.json.JsonPath;

/**
 * The scenarios view in a real headless Chromium against the real stack: the demo scenario of Kenya run from
 * the page and followed live, its figures by year in tables equal to the API's, and two scenarios compared side
 * by side. Expected figures are read from the API, never written into the test.
 */
@ExtendWith(StackExtension.class)
class DashboardScenarioBrowserTest {

    private static final Path BUILD = Path.of(System.getProperty("sovplan.build", "target")).toAbsolutePath();
    private static final String DEMO = "Kenya 2026-2035";
    private static Stack stack;
    private static Api api;

    @BeforeAll
    static void connect(Stack given) {
        stack = given;
        stack.prepareDashboard();
        api = new Api(stack);
    }

    @Test
    void aPlannerRunsAScenarioReadsItByYearAndComparesTwo() {
        String demoId = demoScenarioId();
        String otherId = copyWithDearerCarbon(demoId);
        String otherRun = api.as("paul").body(Map.of("timeLimitSeconds", 60)).post("/api/v1/scenarios/" + otherId + "/runs")
                .then().statusCode(202).extract().path("id");
        try (Browser browser = new Browser(BUILD).signIn(stack.gatewayUrl(), "paul")) {
            browser.open(stack.gatewayUrl(), "scenarios");
            browser.click("button.open-scenario[data-id='" + demoId + "']");
            browser.await("the run form").until(() -> browser.has("#run-form"));
            browser.type("#f-timeLimitSeconds", "60");
            browser.click("#start-run");
            browser.await("the run's live status").until(() -> browser.has("#run-progress") || browser.has("#capacity-table"));
            browser.await("the run's result").atMost(Duration.ofMinutes(4))
                    .until(() -> browser.text("#run-status").equals("COMPLETED") && browser.has("#capacity-table"));
            String runId = browser.driver().getCurrentUrl().replaceAll(".*#scenarios/[^/]+/", "");
            JsonPath run = api.as("paul").get("/api/v1/scenarios/" + demoId + "/runs/" + runId).then().statusCode(200)
                    .extract().jsonPath();
            List<Map<String, Object>> years = run.getList("result.years");
            assertEquals(10, years.size(), "one row a year, 2026 to 2035");
            assertYearColumn(years, "gpusInService", browser.all("#capacity-table tbody tr"), "gpus");
            assertYearColumn(years, "capexUsd", browser.all("#cost-table tbody tr"), "capex");
            assertYearColumn(years, "energyUsd", browser.all("#cost-table tbody tr"), "energy");
            assertYearColumn(years, "carbonTonnes", browser.all("#carbon-table tbody tr"), "carbon");
            assertTrue(browser.all("#view .chart").size() >= 3, "capacity, cost and carbon are drawn as charts too");
            browser.screenshot("scenario");

            awaitRun(otherId, otherRun);
            browser.click("#pick-" + demoId);
            browser.click("#pick-" + otherId);
            browser.click("#compare-scenarios");
            browser.await("the comparison").until(() -> browser.has("#comparison-table tbody tr"));
            JsonPath compared = api.as("paul").queryParam("ids", demoId + "," + otherId).get("/api/v1/scenarios/compare")
                    .then().statusCode(200).extract().jsonPath();
            List<String> headings = browser.all("#comparison-table thead th").stream().map(WebElement::getText).toList();
            assertEquals(List.of("Figure", compared.getString("scenarios[0].label"), compared.getString("scenarios[1].label")),
                    headings);
            WebElement npvRow = browser.all("#comparison-table tbody tr").stream()
                    .filter(row -> row.findElement(By.tagName("th")).getText().equals("NPV")).findFirst().orElseThrow();
            String baseNpv = npvRow.findElements(By.tagName("td")).get(0).getText();
            assertEquals(compared.getLong("scenarios[0].npvUsd"), Long.parseLong(baseNpv.replaceAll("[$,]", "")));
            browser.screenshot("scenario-compare");
        }
    }

    @Test
    void aViewerReadsScenariosButCannotRunThem() {
        String demoId = demoScenarioId();
        try (Browser browser = new Browser(BUILD).signIn(stack.gatewayUrl(), "vera")) {
            browser.open(stack.gatewayUrl(), "scenarios/" + demoId);
            browser.await("the scenario and its runs").until(() -> browser.text("#scenario-title").equals(DEMO)
                    && browser.has("#runs-table"));
            assertFalse(browser.has("#run-form"));
            assertFalse(browser.has("#start-run"));
        }
        api.as("vera").body(Map.of()).post("/api/v1/scenarios/" + demoId + "/runs").then().statusCode(403);
    }

    private static String demoScenarioId() {
        return api.as("vera").queryParam("regionCode", "KE").queryParam("size", 100).get("/api/v1/scenarios")
                .then().statusCode(200).extract().jsonPath()
                .getString("items.find { it.name == '" + DEMO + "' }.id");
    }

    /** The demo scenario under another name, with carbon prices twice as high. */
    private static String copyWithDearerCarbon(String demoId) {
        JsonPath demo = api.as("paul").get("/api/v1/scenarios/" + demoId).then().statusCode(200).extract().jsonPath();
        Map<String, Object> definition = new HashMap<>(demo.getMap("definition"));
        Map<String, Object> prices = new HashMap<>();
        demo.<String, Number>getMap("definition.carbonPricesUsdPerTonne")
                .forEach((year, price) -> prices.put(year, price.doubleValue() * 2));
        definition.put("carbonPricesUsdPerTonne", prices);
        Map<String, Object> body = Map.of("name", "Kenya dearer carbon " + Fixtures.suffix(), "regionCode", "KE",
                "firstYear", demo.getInt("firstYear"), "lastYear", demo.getInt("lastYear"), "definition", definition);
        String location = api.as("paul").body(body).post("/api/v1/scenarios").then().statusCode(201).extract().header("Location");
        return location.substring(location.lastIndexOf('/') + 1);
    }

    private static void awaitRun(String scenarioId, String runId) {
        Awaitility.await("run " + runId + " of the copied scenario").atMost(Duration.ofMinutes(4)).pollInterval(Duration.ofSeconds(1))
                .until(() -> !List.of("QUEUED", "SOLVING").contains(api.as("paul")
                        .get("/api/v1/scenarios/" + scenarioId + "/runs/" + runId).then().extract().path("status")));
        api.as("paul").get("/api/v1/scenarios/" + scenarioId + "/runs/" + runId).then().body("status", equalTo("COMPLETED"));
    }

    /** Each year's figure in the table is the API's, cut to at most 3 decimals, never rounded up. */
    private static void assertYearColumn(List<Map<String, Object>> years, String field, List<WebElement> rows, String cell) {
        assertEquals(years.size(), rows.size(), "one row a year in the table of " + field);
        for (int i = 0; i < years.size(); i++) {
            Object api = years.get(i).get(field);
            String shown = rows.get(i).findElement(By.cssSelector("td[data-field=" + cell + "]")).getText();
            if (api == null) {
                assertEquals("—", shown, field + " of " + years.get(i).get("year"));
                continue;
            }
            BigDecimal expected = new BigDecimal(String.valueOf(api)).setScale(3, RoundingMode.DOWN).stripTrailingZeros();
            BigDecimal actual = new BigDecimal(shown.replaceAll("[$,]", "")).stripTrailingZeros();
            assertEquals(0, expected.compareTo(actual), field + " of " + years.get(i).get("year") + ": API " + api + ", page " + shown);
        }
    }
}
