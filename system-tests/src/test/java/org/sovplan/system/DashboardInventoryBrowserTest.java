package org.sovplan.system;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import io.restassured.path.json.JsonPath;

/**
 * Inventory editing in the dashboard, in a real headless Chromium against the real stack: an admin changes a
 * site's IT MW and status (a bad value is shown beside its field and changes nothing); planners and viewers see
 * no edit buttons. The site is one of the test's own, with no accelerators, so no plan depends on it.
 */
class DashboardInventoryBrowserTest extends DashboardTest {

    @Test
    void anAdminEditsASitesItMwAndStatus() {
        Map<String, Object> body = Fixtures.site("Browser edit " + Fixtures.suffix(), "KE-30", "KE", Map.of());
        body.put("status", "PLANNED");
        body.put("itCapacityMw", 2.0);
        body.put("availableFrom", "2030-01-01");
        String location = api.as("ada").body(body).post("/api/v1/sites").then().statusCode(201).extract().header("Location");
        String siteId = location.substring(location.lastIndexOf('/') + 1);
        String edit = "button.edit-site[data-id='" + siteId + "']";
        try (Browser browser = signIn("ada")) {
            browser.await("the site's edit button").atMost(Duration.ofMinutes(2)).until(() -> browser.has(edit));
            browser.click(edit);
            browser.await("the site form").until(() -> browser.has("#site-form"));
            browser.type("#f-itCapacityMw", "-3");
            browser.click("#save-site");
            browser.await("the error beside IT MW").until(() -> !browser.text("#err-itCapacityMw").isEmpty());
            assertEquals("true", browser.driver().findElement(By.id("f-itCapacityMw")).getAttribute("aria-invalid"));
            assertSite(location, "2", "PLANNED", 0);

            browser.type("#f-itCapacityMw", "3.5");
            browser.driver().findElement(By.id("f-status")).sendKeys("UNDER_CONSTRUCTION");
            browser.click("#save-site");
            browser.await("the site saved").until(() -> browser.has("#site-saved") && browser.has(edit));
            browser.screenshot("site-edit");
        }
        assertSite(location, "3.5", "UNDER_CONSTRUCTION", 1);
        api.as("vera").get(location).then().body("name", equalTo(body.get("name"))).body("gridZoneCode", equalTo("KE"));
        api.as("ada").delete(location).then().statusCode(204);
    }

    private static void assertSite(String location, String itMw, String status, int version) {
        JsonPath site = api.as("vera").get(location).then().statusCode(200).extract().jsonPath();
        assertEquals(0, new BigDecimal(itMw).compareTo(new BigDecimal(site.getString("itCapacityMw"))), site.prettify());
        assertEquals(status, site.getString("status"));
        assertEquals(version, site.getInt("version"));
    }

    @Test
    void plannersAndViewersSeeNoEditButtons() {
        for (String user : new String[] { "paul", "vera" }) {
            try (Browser browser = signIn(user)) {
                // The first view of a fresh sign-in loads the map and every list: allow a busy machine its time.
                browser.await("the sites table").atMost(Duration.ofMinutes(2)).until(() -> browser.has("#sites-table tbody tr td"));
                assertFalse(browser.has("button.edit-site"), user + " sees no edit button");
            }
        }
    }
}
