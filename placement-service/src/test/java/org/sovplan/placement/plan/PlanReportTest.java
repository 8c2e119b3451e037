package org.sovplan.placement.plan;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.sovplan.placement.plan.PlanApi.awaitStatus;
import static org.sovplan.placement.plan.PlanApi.request;
import static org.sovplan.placement.plan.PlanApi.start;
import static org.sovplan.placement.plan.PlanApi.training;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sovplan.placement.support.FixturePlanningDataSource;
import org.sovplan.placement.support.Instances;
import org.sovplan.testsupport.TestTokens;

import io.quarkus.test.junit.QuarkusTest;

/**
 * The plan report of a completed, hand-computed plan, in Markdown and plain text; and its
 * refusals. Fixture (see {@link PlanResourceTest}): Nairobi (KE, SEAL-3, PUE 1.0, 50 MW IT) has
 * 10 GPU_X (1 kW TDP, $10,000); zone KE is 70 g/kWh at $100/MWh. "Fits" needs 8 GPU_X in KE;
 * "Too big" needs 1,010 and cannot be placed.
 *
 * <pre>
 * Fits:    IT 8 × 1 kW × 1.5 = 12 kW = 0.012 MW (PUE 1 → grid 0.012 MW)
 *          energy 0.012 × 8760 h × 0.9 = 94.608 → 94.6 MWh/yr
 *          cost 94.608 × $100 + 8 × $10,000 / 4 years = $29,460.8 → 29,461 USD/yr
 *          carbon 94.608 MWh × 70 g/kWh = 6.62 tCO2e/yr
 * Too big: 1,010 needed − 10 available at Nairobi = 1,000 GPU_X missing (IT and grid suffice)
 *          → ADD_ACCELERATORS 1,000 × $10,000 = 10,000,000 USD, 120 days
 * Score:   medium −5 (priority); soft −(29,461 cost + 6.62256 × $85 = 563 carbon
 *          + 2 × (4 − 3) × 5 % × 29,460.8 = 2,946 sovereignty) = −32,970
 * </pre>
 */
@QuarkusTest
class PlanReportTest {

    @Inject
    FixturePlanningDataSource data;

    @Inject
    PlanRows rows;

    @BeforeEach
    void capacity() {
        data.use(Instances.create().zone("KE", 70, 100, 100).zone("UG", 300, 80, 100)
                .site("Nairobi", "KE", 3, "KE", 50, -1.29, 36.82, "GPU_X", 10)
                .site("Kampala", "UG", 2, "UG", 50, 0.35, 32.58, "GPU_X", 100)
                .problem().inputs());
    }

    @AfterEach
    void clear() {
        data.clear();
    }

    private static String name(String workloadId) {
        return given().auth().oauth2(TestTokens.viewer()).get("/api/v1/workloads/" + workloadId).then()
                .statusCode(200).extract().path("name");
    }

    private static String report(String planId, String accept, String contentType) {
        return given().auth().oauth2(TestTokens.viewer()).accept(accept).get("/api/v1/plans/" + planId + "/report")
                .then().statusCode(200).contentType(startsWith(contentType)).header("Content-Type",
                        containsString("charset=UTF-8")).extract().asString();
    }

    @Test
    void aCompletedPlanReadsAsAReportWithTheHandComputedNumbers() {
        String fits = training("Fits | <b>", 8, "KE", 8);
        String tooBig = training("Too big", 1010, "KE", 5);
        Map<String, Object> body = request(10, fits, tooBig);
        body.put("weights", Map.of("sovereignty", 2));
        String plan = start(body);
        awaitStatus(plan, "COMPLETED");
        String fitsName = name(fits);
        String tooBigName = name(tooBig);

        String markdown = report(plan, "text/markdown", "text/markdown");
        assertThat(markdown).startsWith("# Placement plan " + plan + "\n")
                .contains("- **Status:** COMPLETED\n")
                .contains("- **Horizon:** 2027-01-01\n")
                .contains("- **Weights:** cost 1, carbon 1, sovereignty 2, latency 1\n")
                .contains("- **Score:** 0hard/-5medium/-32970soft (feasible)\n")
                .contains("- **Committed:** no\n")
                .contains("| Workload | Site | Region | Model | GPUs | IT MW | MWh/yr | USD/yr | tCO2e/yr | Latency ms |")
                .contains("| " + fitsName.replace("|", "\\|").replace("<", "\\<").replace(">", "\\>")
                        + " | Nairobi | KE | GPU_X | 8 | 0.012 | 94.6 | 29,461 | 6.62 | – |\n")
                .contains("- **" + tooBigName + "** (priority 5): needs 1010 GPU_X GPUs (1.5 MW IT, 1.5 MW grid) "
                        + "in SEAL-0+ sites in \\[KE\\]; the best candidate, Nairobi, has 10 free GPU_X GPUs")
                .contains("| KE | KE | GPU_X | 1,000 | 0.000 | 0.000 | 1 |\n")
                .contains("| Add accelerators | KE | KE | Nairobi | 10,000,000 | 120 days | "
                        + "add 1000 GPU_X at Nairobi, where power exists |\n")
                .contains("| Workloads | 2 (1 placed, 1 unplaced) |\n")
                .contains("| GPUs | 8 |\n")
                .contains("| IT MW | 0.012 |\n")
                .contains("| Grid MW | 0.012 |\n")
                .contains("| MWh/yr | 94.6 |\n")
                .contains("| USD/yr | 29,461 |\n")
                .contains("| tCO2e/yr | 6.62 |\n")
                .contains("| Investment capex USD | 10,000,000 |\n")
                .contains("| Longest lead time | 120 days |\n")
                .doesNotContain("<b>");

        // Plain text: the same report, names as they are.
        String plain = report(plan, "text/plain", "text/plain");
        assertThat(plain).contains("| " + fitsName + " | Nairobi | KE | GPU_X | 8 | 0.012 | 94.6 | 29,461 | 6.62 | – |\n")
                .contains("sites in [KE]; the best candidate")
                .contains("| Investment capex USD | 10,000,000 |\n");
        // A client that takes anything gets Markdown.
        assertThat(report(plan, "*/*", "text/markdown")).isEqualTo(markdown);
    }

    @Test
    void aPlanWithoutAResultAnswers409AndUnknownPlans404() {
        UUID queued = rows.insert(PlanStatus.QUEUED, "another-replica", Instant.now().plusSeconds(600));
        UUID failed = rows.insert(PlanStatus.FAILED, "another-replica", null);
        rows.update(failed, p -> p.failureReason = "capacity-service is unavailable");
        try {
            given().auth().oauth2(TestTokens.viewer()).accept("text/markdown").get("/api/v1/plans/" + queued + "/report")
                    .then().statusCode(409).contentType("application/problem+json")
                    .body("detail", containsString("QUEUED and has no result yet"));
            given().auth().oauth2(TestTokens.viewer()).accept("text/markdown").get("/api/v1/plans/" + failed + "/report")
                    .then().statusCode(409).body("detail", containsString("capacity-service is unavailable"));
        } finally {
            rows.end(queued);
        }
        given().auth().oauth2(TestTokens.viewer()).accept("text/markdown")
                .get("/api/v1/plans/" + UUID.randomUUID() + "/report").then().statusCode(404)
                .contentType("application/problem+json");
        given().accept("text/markdown").get("/api/v1/plans/" + queued + "/report").then().statusCode(401);
        given().auth().oauth2(TestTokens.viewer()).accept("application/json")
                .get("/api/v1/plans/" + queued + "/report").then().statusCode(406);
    }
}
