package org.sovplan.system;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;

import org.junit.jupiter.api.Test;

/**
 * A plan's life in the dashboard, in a real headless Chromium against the real stack: started and followed live,
 * committed by its planner, seen read-only by a viewer, released by an admin; and a running plan cancelled from
 * the page. What the page did is checked in the API too.
 */
class DashboardPlanBrowserTest extends DashboardTest {

    @Test
    void aPlannerStartsFollowsAndCommitsAPlanThatAnAdminReleases() {
        String planId;
        try (Browser browser = signIn("paul")) {
            browser.open(stack.gatewayUrl(), "plans");
            browser.await("the plan form").until(() -> browser.has("#start-plan"));
            browser.type("#f-timeLimitSeconds", "5");
            browser.click("#start-plan");
            browser.await("the plan's live progress").until(() -> browser.has("#plan-progress") || browser.has("#plan-totals"));
            browser.await("the plan's result").atMost(Duration.ofMinutes(3))
                    .until(() -> browser.has("#plan-totals") && browser.text("#plan-status").equals("COMPLETED"));
            planId = browser.driver().getCurrentUrl().replaceAll(".*#plans/", "");
            browser.screenshot("plan");
            assertTrue(browser.all("#assignments-table tbody tr").size() >= 1);
            browser.click("#commit-plan");
            browser.await("the commit").until(() -> browser.text("#commit-message").startsWith("Committed"));
            assertTrue(browser.has("#release-plan"), "the planner who committed the plan may release it");
        }
        api.as("paul").get("/api/v1/plans/" + planId).then().statusCode(200).body("commit.state", equalTo("COMMITTED"));

        try (Browser browser = signIn("vera")) {
            browser.open(stack.gatewayUrl(), "plans/" + planId);
            browser.await("the committed plan").until(() -> browser.text("#commit-message").startsWith("Committed"));
            assertFalse(browser.has("#release-plan"), "a viewer has no release button");
            assertFalse(browser.has("#commit-plan"), "nor a commit button");
        }
        api.as("vera").post("/api/v1/plans/" + planId + "/release").then().statusCode(403);

        try (Browser browser = signIn("ada")) {
            browser.open(stack.gatewayUrl(), "plans/" + planId);
            browser.click("#release-plan");
            browser.await("the release").until(() -> browser.text("#commit-message").startsWith("Released"));
            assertFalse(browser.has("#release-plan"), "a released plan cannot be released again from the page");
        }
        api.as("paul").get("/api/v1/plans/" + planId).then().statusCode(200)
                .body("commit.state", equalTo("RELEASED")).body("commit.releasedBy", equalTo("ada"))
                .body("commit.releasedAt", notNullValue());
    }

    @Test
    void theCancelButtonStopsARunningPlan() {
        try (Browser browser = signIn("paul")) {
            browser.open(stack.gatewayUrl(), "plans");
            browser.await("the plan form").until(() -> browser.has("#start-plan"));
            // Far longer than the test waits: the plan ends only because it is cancelled.
            browser.type("#f-timeLimitSeconds", "300");
            browser.click("#start-plan");
            browser.click("#cancel-plan");
            browser.await("the cancelled plan").atMost(Duration.ofMinutes(2))
                    .until(() -> browser.text("#plan-status").equals("CANCELLED") && !browser.has("#cancel-plan"));
            String planId = browser.driver().getCurrentUrl().replaceAll(".*#plans/", "");
            api.as("paul").get("/api/v1/plans/" + planId).then().statusCode(200)
                    .body("status", equalTo("CANCELLED")).body("cancelRequestedAt", notNullValue());
        }
    }
}
