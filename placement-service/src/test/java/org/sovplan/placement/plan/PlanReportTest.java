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
 * Fits:    a one-day run; IT 8 × 1 kW × 1.5 = 12 kW (PUE 1 → grid 12 kW)
 *          energy per run 12 kW × 24 h = 288 kWh = 0.288 MWh
 *          cost per run 0.288 × $100 + 8 × $10,000 / (4 years × 8760 h) × 24 h = $28.80 + $54.79 → 84 USD
 *          carbon 0.288 MWh × 70 g/kWh = 0.02016 → 0.02 tCO2e per run
 * Too big: 1,010 needed − 2 left at Nairobi (Fits holds 8 of its 10) = 1,008 GPU_X missing (IT and grid
 *          suffice) → ADD_ACCELERATORS 1,008 × $10,000 = 10,080,000 USD, 120 days; rank 2 a new site:
 *          1,010 × $10,000 + 1.515 MW × $10M = 25,250,000 USD. Kampala (UG) is outside [KE].
 * Score:   stays in the JSON, not in the report.
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
        String fitsMd = fitsName.replace("|", "\\|").replace("<", "\\<").replace(">", "\\>");
        assertThat(markdown).startsWith("# Placement plan " + plan + "\n\n1 of 2 workloads placed; " + tooBigName
                        + " needs 1008 GPU_X at Nairobi ($10,080,000, ready ")
                .contains("- **Status:** COMPLETED\n")
                .contains("- **Horizon:** 2027-01-01\n")
                .contains("- **Weights:** cost 1, carbon 1, sovereignty 2, latency 1\n")
                .doesNotContain("Score").doesNotContain("medium")
                .contains("- **Committed:** no\n")
                .contains("| Workload | Site | Region | Jurisdiction | Sovereignty | Model | GPUs | IT power | Grid power | Latency ms |")
                .contains("| " + fitsMd + " | Nairobi | KE | KE | SEAL-3 | GPU_X | 8 | 12 kW | 12 kW | – |\n")
                .contains("| " + fitsMd + " | no start date | 1 | 0.288 | 84 | 0.02 |\n")
                .contains("- **" + tooBigName + "** (priority 5): needs 1010 GPU_X GPUs (1.515 MW IT, 1.515 MW grid) "
                        + "in SEAL-0+ sites in \\[KE\\]; the best candidate, Nairobi, has 10 free GPU_X GPUs")
                .contains("### " + tooBigName + "\n")
                .contains("| 1 | Add accelerators | Nairobi, KE | 10,080,000 | ")
                .contains("| 2 | New site | new site, zone KE, KE | 25,250,000 | ")
                .contains("| Region | Grid zone | Model | GPUs | IT capacity to build | Grid headroom to add | Workloads |")
                .contains("| KE | KE | GPU_X | 1,008 | none | none | 1 |\n")
                .contains("| Workloads | 2 (1 placed, 1 unplaced) |\n")
                .contains("| GPUs | 8 |\n")
                .contains("| IT power | 12 kW |\n")
                .contains("| Grid power | 12 kW |\n")
                .contains("| MWh, all runs once | 0.288 |\n")
                .contains("| USD, all runs once | 84 |\n")
                .contains("| Inference services placed | 0 |\n")
                .contains("| Capex of the recommended options, USD | 10,080,000 |\n")
                .contains("| Longest lead time | 120 days |\n")
                .contains("## Assumptions")
                .contains("| Carbon price | 85 | USD per tCO2e |")
                .contains("| Data-centre capex | 10,000,000 | USD per IT MW |")
                .doesNotContain("<b>");

        // Plain text: the same report, names as they are.
        String plain = report(plan, "text/plain", "text/plain");
        assertThat(plain).contains("| " + fitsName + " | Nairobi | KE | KE | SEAL-3 | GPU_X | 8 | 12 kW | 12 kW | – |\n")
                .contains("sites in [KE]; the best candidate")
                .contains("| Capex of the recommended options, USD | 10,080,000 |\n");
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
