package org.sovplan.capacity;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.sovplan.capacity.support.Api.asViewer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.sovplan.testsupport.TestTokens;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;

/** The demo inventory is valid input, and its loader script loads it idempotently (needs bash and curl). */
@QuarkusTest
class DemoInventoryTest {

    private static final Path LOADER = Path.of("..", "deploy", "demo", "load-capacity.sh");

    /** The exit code and output of one run of the loader. */
    record Run(int exitCode, String output) {
    }

    private static Run load(String token, String... publicUrl) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(
                List.of("bash", LOADER.toString(), "http://localhost:" + RestAssured.port, token));
        command.addAll(List.of(publicUrl));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("the loader did not finish within 120 s");
        }
        return new Run(process.exitValue(), new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
    }

    @Test
    void loadsOnceAndChangesNothingTheSecondTime() throws Exception {
        Run first = load(TestTokens.admin());
        assertThat(first.output(), first.exitCode(), equalTo(0));
        assertThat(first.output(), containsString("region KE-30: "));
        assertThat(first.output(), matchesPattern("(?s).*sites: \\d+ created, \\d+ already there.*"));

        Run second = load(TestTokens.admin(), "http://gateway.example:8080/");
        assertThat(second.output(), second.exitCode(), equalTo(0));
        // What it prints for people names the public address it was given, not the service's own port.
        assertThat(second.output(), containsString("done: see http://gateway.example:8080/api/v1/capacity/summary"));
        assertThat(second.output(), not(containsString("localhost:" + RestAssured.port)));
        assertThat(second.output(), not(containsString(": created")));
        assertThat(second.output(), containsString("region NG-LA: exists"));
        assertThat(second.output(), containsString("sites: 0 created, 21 already there"));

        asViewer().queryParam("regionCode", "KE").queryParam("size", 500).get("/api/v1/sites").then()
                .body("items.name", hasItems("iXAfrica NBOX1 (phase 1)", "Konza National Data Centre",
                        "Olkaria Green Data Centre (G42 / Microsoft)"));
        asViewer().queryParam("regionCode", "FR").get("/api/v1/sites").then()
                .body("items[0].pools[0].installed", equalTo(1016));
        asViewer().queryParam("regionCode", "KE").queryParam("asOf", "2026-01-01").get("/api/v1/capacity/summary")
                .then().statusCode(200).body("countries[0].countryCode", equalTo("KE"))
                .body("countries[0].totals.sites", greaterThanOrEqualTo(4));
    }

    @Test
    void failsWithTheProblemWhenTheTokenMayNotWrite() throws Exception {
        Run refused = load(TestTokens.viewer());
        assertThat(refused.output(), refused.exitCode(), equalTo(1));
        assertThat(refused.output(), containsString("FAILED"));
        assertThat(refused.output(), containsString("\"status\":403"));
    }
}
