package org.sovplan.testsupport;

import static io.restassured.RestAssured.given;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

/**
 * Compares the OpenAPI document a service serves with the one committed next to its code, so
 * that a change of the API contract shows up in review. The served document is always written
 * to {@code target/openapi/openapi.yaml}; when the contract changes on purpose, copy it over
 * the committed file ({@code ./sovplan openapi} does that for every module).
 */
public final class OpenApiDrift {

    /** Where each module commits its contract, relative to the module. */
    public static final Path COMMITTED = Path.of("src/main/openapi/openapi.yaml");
    /** Where the served contract is written for comparison. */
    public static final Path SERVED = Path.of("target/openapi/openapi.yaml");

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private OpenApiDrift() {
    }

    /** Fails, naming both files, when the served contract differs from the committed one. */
    public static void assertNoDrift() throws IOException {
        String served = given().accept("application/yaml").get("/q/openapi?format=yaml").then()
                .statusCode(200).extract().asString();
        Files.createDirectories(SERVED.getParent());
        Files.writeString(SERVED, served);
        if (!Files.exists(COMMITTED)) {
            throw new AssertionError("No committed OpenAPI contract at " + COMMITTED.toAbsolutePath()
                    + "; review " + SERVED.toAbsolutePath() + " and commit it there");
        }
        JsonNode expected = YAML.readTree(COMMITTED.toFile());
        JsonNode actual = YAML.readTree(served);
        if (!expected.equals(actual)) {
            throw new AssertionError("The served OpenAPI contract differs from " + COMMITTED
                    + ". If the change is intended, run ./sovplan openapi (or copy " + SERVED + " over it)"
                    + " and commit the result.");
        }
    }
}
