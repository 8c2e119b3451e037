package org.sovplan.capacity;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.notNullValue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.sovplan.testsupport.OpenApiDrift;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class OpenApiContractTest {

    @Test
    void theServedContractIsTheCommittedOne() throws Exception {
        OpenApiDrift.assertNoDrift();
    }

    @Test
    void everyOperationHasAnIdASummaryAndProblemAnswers() {
        Map<String, Map<String, Map<String, Object>>> paths = given().accept("application/json")
                .get("/q/openapi?format=json").then().statusCode(200).extract().path("paths");
        List<Map<String, Object>> operations = paths.entrySet().stream()
                .filter(path -> path.getKey().startsWith("/api/"))
                .flatMap(path -> path.getValue().values().stream())
                .toList();
        assertThat(operations, everyItem(hasKey("operationId")));
        assertThat(operations, everyItem(hasKey("summary")));
        for (Map<String, Object> operation : operations) {
            @SuppressWarnings("unchecked")
            Map<String, Object> responses = (Map<String, Object>) operation.get("responses");
            assertThat(operation.get("operationId") + " answers", responses,
                    allOf(hasKey("400"), hasKey("401"), hasKey("403")));
            assertThat(responses.get("400"), notNullValue());
        }
    }
}
