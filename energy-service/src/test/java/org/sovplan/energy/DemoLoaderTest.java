package org.sovplan.energy;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.sovplan.testsupport.TestTokens;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/** deploy/demo/load-energy.sh against this service: it loads, a second run changes nothing, a refusal fails it. */
@QuarkusTest
class DemoLoaderTest {

    static final Path LOADER = Path.of("../deploy/demo/load-energy.sh");

    @TestHTTPResource("/")
    URL base;

    record Run(int exit, String out, String err) {
    }

    Run load(String token) throws IOException, InterruptedException {
        Path out = Files.createTempFile("load-energy", ".out");
        Path err = Files.createTempFile("load-energy", ".err");
        Process process = new ProcessBuilder("bash", LOADER.toString(), base.toString(), token)
                .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("the loader did not finish in 120 s");
        }
        return new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    @Test
    void loadsOnceAndSecondRunChangesNothing() throws Exception {
        Run first = load(TestTokens.admin());
        assertEquals(0, first.exit(), first.out() + first.err());
        List<String> lines = first.out().lines().toList();
        assertTrue(lines.contains("zone KE: created") || lines.contains("zone KE: exists, left as it is"), first.out());

        Run second = load(TestTokens.admin());
        assertEquals(0, second.exit(), second.out() + second.err());
        String summary = second.out().lines().reduce((a, b) -> b).orElse("");
        assertTrue(summary.endsWith(": 0 created, 0 replaced, 27 unchanged"), summary);
        assertTrue(second.out().contains("profile ZA: unchanged (version 0)"), second.out());

        given().auth().oauth2(TestTokens.viewer()).get("/api/v1/grid-zones/KE")
                .then().statusCode(200).body("countryCode", equalTo("KE")).body("estimated", equalTo(true))
                .body("version", equalTo(0));
        given().auth().oauth2(TestTokens.viewer()).get("/api/v1/grid-zones/ZA/profile")
                .then().statusCode(200).body("estimated", equalTo(true)).body("version", equalTo(0));
        given().auth().oauth2(TestTokens.viewer()).queryParam("zoneCode", "ZA").get("/api/v1/grid-upgrades")
                .then().statusCode(200).body("total", equalTo(3)).body("items.status", hasItem("CANCELLED"));
        given().auth().oauth2(TestTokens.viewer()).get("/api/v1/grid-zones/KE/upgrade-candidates")
                .then().statusCode(200).body("total", equalTo(3)).body("items.leadTimeYears", hasItem(4));
        // The zones the capacity demo sites name all exist.
        for (String zone : List.of("KE", "RW", "ET", "NG", "ZA", "DE", "FR")) {
            given().auth().oauth2(TestTokens.viewer()).get("/api/v1/grid-zones/" + zone).then().statusCode(200);
        }
    }

    @Test
    void refusalStopsTheLoaderWithTheProblem() throws Exception {
        Run refused = load(TestTokens.viewer());
        assertNotEquals(0, refused.exit());
        assertTrue(refused.err().contains("FAILED") && refused.err().contains("\"status\":403"), refused.err());
    }
}
