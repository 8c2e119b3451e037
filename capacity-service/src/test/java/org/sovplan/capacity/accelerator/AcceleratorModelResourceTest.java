package org.sovplan.capacity.accelerator;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.sovplan.capacity.support.Api.as;
import static org.sovplan.capacity.support.Api.asAdmin;
import static org.sovplan.capacity.support.Api.asViewer;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.sovplan.capacity.support.SiteBuilder;
import org.sovplan.testsupport.TestTokens;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class AcceleratorModelResourceTest {

    /** A valid catalogue entry with a fresh code. */
    private static Map<String, Object> model(String code) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("code", code);
        body.put("vendor", "Acme");
        body.put("name", "X1 64GB");
        body.put("formFactor", "PCIe");
        body.put("memoryGb", 64);
        body.put("memoryBandwidthTbps", 1.6);
        body.put("tdpWatts", 300);
        body.put("bf16DenseTflops", 400);
        body.put("unitPriceUsd", 9000);
        body.put("source", "Acme X1 datasheet");
        return body;
    }

    private static String freshCode() {
        return "ACME_X" + UUID.randomUUID().toString().replace("-", "").substring(0, 8).toUpperCase();
    }

    @Test
    void theSeededCatalogueHasPublicFiguresAndSources() {
        asViewer().queryParam("size", 500).get("/api/v1/accelerator-models").then().statusCode(200)
                .body("items.code", hasItems("NVIDIA_H100_SXM", "NVIDIA_H100_PCIE", "NVIDIA_A100_SXM", "NVIDIA_L40S",
                        "NVIDIA_L4", "NVIDIA_JETSON_AGX_ORIN_64GB"))
                .body("items.source", everyItem(notNullValue()))
                .body("total", greaterThanOrEqualTo(9));
        asViewer().get("/api/v1/accelerator-models/NVIDIA_H100_SXM").then().statusCode(200)
                .body("vendor", equalTo("NVIDIA")).body("memoryGb", equalTo(80.0f))
                .body("memoryBandwidthTbps", equalTo(3.35f)).body("tdpWatts", equalTo(700))
                .body("bf16DenseTflops", equalTo(989.0f)).body("source", containsString("datasheet"));
        asViewer().get("/api/v1/accelerator-models/NVIDIA_L4").then().body("tdpWatts", equalTo(72))
                .body("memoryGb", equalTo(24.0f)).body("memoryBandwidthTbps", equalTo(0.3f));
        asViewer().queryParam("vendor", "amd").get("/api/v1/accelerator-models").then()
                .body("items.code", hasItem("AMD_MI300X")).body("items.vendor", everyItem(equalTo("AMD")));
        asViewer().queryParam("sort", "tdpWatts,desc").queryParam("size", 1).get("/api/v1/accelerator-models")
                .then().body("items[0].code", equalTo("NVIDIA_B200"));
    }

    @Test
    void everySeededModelHasTheClassItsFormFactorImplies() {
        asViewer().get("/api/v1/accelerator-models/NVIDIA_H100_SXM").then().body("acceleratorClass", equalTo("TRAINING"));
        asViewer().get("/api/v1/accelerator-models/AMD_MI300X").then().body("acceleratorClass", equalTo("TRAINING"));
        asViewer().get("/api/v1/accelerator-models/NVIDIA_H100_PCIE").then().body("acceleratorClass", equalTo("INFERENCE"));
        asViewer().get("/api/v1/accelerator-models/NVIDIA_L4").then().body("acceleratorClass", equalTo("INFERENCE"));
        asViewer().get("/api/v1/accelerator-models/NVIDIA_L40S").then().body("acceleratorClass", equalTo("INFERENCE"));
        asViewer().get("/api/v1/accelerator-models/NVIDIA_JETSON_AGX_ORIN_64GB").then()
                .body("acceleratorClass", equalTo("EDGE"));
    }

    @Test
    void aNewModelStatesItsClassOrGetsTheOneItsFormFactorImplies() {
        String implied = freshCode();
        Map<String, Object> edge = model(implied);
        edge.put("formFactor", "EDGE_MODULE");
        asAdmin().body(edge).post("/api/v1/accelerator-models").then().statusCode(201)
                .body("acceleratorClass", equalTo("EDGE"));
        String stated = freshCode();
        Map<String, Object> training = model(stated);
        training.put("acceleratorClass", "TRAINING");
        asAdmin().body(training).post("/api/v1/accelerator-models").then().statusCode(201)
                .body("acceleratorClass", equalTo("TRAINING"));
        Map<String, Object> unknown = model(freshCode());
        unknown.put("acceleratorClass", "GAMING");
        asAdmin().body(unknown).post("/api/v1/accelerator-models").then().statusCode(400)
                .contentType("application/problem+json");
        asAdmin().delete("/api/v1/accelerator-models/" + implied).then().statusCode(204);
        asAdmin().delete("/api/v1/accelerator-models/" + stated).then().statusCode(204);
    }

    @Test
    void adminCreatesUpdatesAndDeletesByCode() {
        String code = freshCode();
        asAdmin().body(model(code)).post("/api/v1/accelerator-models").then().statusCode(201)
                .header("Location", containsString("/api/v1/accelerator-models/" + code))
                .body("priceEstimated", equalTo(true)).body("version", equalTo(0));
        asAdmin().body(model(code)).post("/api/v1/accelerator-models").then().statusCode(409);

        Map<String, Object> update = model(code);
        update.remove("code");
        update.put("tdpWatts", 350);
        update.put("version", 0);
        asAdmin().body(update).put("/api/v1/accelerator-models/" + code).then().statusCode(200)
                .body("tdpWatts", equalTo(350)).body("version", equalTo(1));
        asAdmin().body(update).put("/api/v1/accelerator-models/" + code).then().statusCode(409);
        update.put("code", "OTHER_CODE");
        update.put("version", 1);
        asAdmin().body(update).put("/api/v1/accelerator-models/" + code).then().statusCode(400)
                .body("errors.field", hasItem("code"));

        asAdmin().delete("/api/v1/accelerator-models/" + code).then().statusCode(204);
        asViewer().get("/api/v1/accelerator-models/" + code).then().statusCode(404);
    }

    @Test
    void aModelInUseCannotBeDeleted() {
        String code = freshCode();
        asAdmin().body(model(code)).post("/api/v1/accelerator-models").then().statusCode(201);
        SiteBuilder.site().pool(code, 4).create();
        asAdmin().delete("/api/v1/accelerator-models/" + code).then().statusCode(409)
                .contentType("application/problem+json");
    }

    @Test
    void absurdFiguresAre400() {
        for (Map.Entry<String, Object> bad : Map.<String, Object>of("tdpWatts", -700, "memoryGb", 0,
                "memoryBandwidthTbps", 500, "unitPriceUsd", -1, "code", "h100 sxm", "bf16DenseTflops", "fast").entrySet()) {
            Map<String, Object> body = model(freshCode());
            body.put(bad.getKey(), bad.getValue());
            asAdmin().body(body).post("/api/v1/accelerator-models").then().statusCode(400)
                    .contentType("application/problem+json").body("errors.field", hasItem(bad.getKey()));
        }
        Map<String, Object> noSource = model(freshCode());
        noSource.remove("source");
        asAdmin().body(noSource).post("/api/v1/accelerator-models").then().statusCode(400)
                .body("errors.field", hasItem("source"));
    }

    @Test
    void theSharedCatalogueNeedsAnAdminOfEveryRegion() {
        Map<String, Object> body = model(freshCode());
        asViewer().body(body).post("/api/v1/accelerator-models").then().statusCode(403);
        as(TestTokens.user("kenyan-admin").roles("admin").regions("KE").sign()).body(body)
                .post("/api/v1/accelerator-models").then().statusCode(403)
                .body("detail", containsString("shared"));
        asViewer().get("/api/v1/accelerator-models/" + body.get("code")).then().statusCode(404)
                .body("detail", not(containsString("Exception")));
        given().get("/api/v1/accelerator-models").then().statusCode(401);
    }
}
