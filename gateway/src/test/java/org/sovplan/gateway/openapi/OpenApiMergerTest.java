package org.sovplan.gateway.openapi;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.sovplan.gateway.openapi.OpenApiMerger.MergeConflict;
import org.sovplan.gateway.openapi.OpenApiMerger.ServiceContract;

import com.fasterxml.jackson.databind.JsonNode;

/** The merge rules, on small contracts shaped like the ones Quarkus generates for the services. */
class OpenApiMergerTest {

    static final String PROBLEM = """
                Problem:
                  type: object
                  required: [type, title, status]
                  properties:
                    type: {type: string, format: uri}
                    title: {type: string}
                    status: {type: integer}
                    detail: {type: string}
                    instance: {type: string}
            """;

    static final String CAPACITY = """
            openapi: 3.1.0
            info: {title: SovPlan capacity-service, version: 1.0.0}
            tags:
              - {name: Regions, description: Countries and their subdivisions}
            paths:
              /api/v1/regions:
                get:
                  tags: [Regions]
                  operationId: listRegions
                  responses:
                    "200":
                      description: A page of regions
                      content:
                        application/json:
                          schema: {$ref: "#/components/schemas/PageResponseResponse"}
                    "401":
                      description: Missing or bad token
                      content:
                        application/problem+json:
                          schema: {$ref: "#/components/schemas/Problem"}
                  security: [{oidc: [viewer]}]
                post:
                  tags: [Regions]
                  operationId: createRegion
                  requestBody:
                    content:
                      application/json:
                        schema: {$ref: "#/components/schemas/Region"}
                  responses:
                    "201": {description: Created}
                    "503": {description: The database is down}
            components:
              schemas:
            %s
                Region:
                  type: object
                  properties:
                    code: {type: string}
                PageResponseResponse:
                  type: object
                  properties:
                    items: {type: array, items: {$ref: "#/components/schemas/Region"}}
                    page: {type: integer}
                    size: {type: integer}
                    total: {type: integer}
              securitySchemes:
                oidc: {type: openIdConnect, openIdConnectUrl: "http://somewhere/.well-known/openid-configuration"}
            """.formatted(PROBLEM);

    static final String ENERGY = """
            openapi: 3.1.0
            info: {title: SovPlan energy-service, version: 1.0.0}
            tags:
              - {name: Grid zones, description: Electricity grid zones}
            paths:
              /api/v1/grid-zones/{code}:
                get:
                  tags: [Grid zones]
                  operationId: getGridZone
                  responses:
                    "200": {description: The zone}
            components:
              schemas:
            %s
                GridZone:
                  type: object
                  properties:
                    headroomMw: {type: number}
                PageResponseResponse:
                  type: object
                  properties:
                    items: {type: array, items: {$ref: "#/components/schemas/GridZone"}}
                    page: {type: integer}
                    size: {type: integer}
                    total: {type: integer}
            """.formatted(PROBLEM);

    static ServiceContract contract(String service, String yaml) {
        return new ServiceContract(service, OpenApiMerger.parse(yaml));
    }

    static JsonNode mergeCapacityAndEnergy() {
        return OpenApiMerger.merge(List.of(contract("capacity-service", CAPACITY), contract("energy-service", ENERGY)));
    }

    @Test
    void pathsTagsAndComponentsOfAllServicesAreMergedIdenticalOnesOnce() {
        JsonNode merged = mergeCapacityAndEnergy();

        assertThat(iterable(merged.path("paths").fieldNames()),
                contains("/api/v1/grid-zones/{code}", "/api/v1/regions"));
        assertThat(iterable(merged.path("components").path("schemas").fieldNames()),
                contains("GridZone", "GridZonePage", "Problem", "Region", "RegionPage"));
        assertThat(merged.path("tags").findValuesAsText("name"), contains("Regions", "Grid zones"));
        assertEquals("3.1.0", merged.path("openapi").asText());
        assertEquals("SovPlan API", merged.path("info").path("title").asText());
    }

    @Test
    void genericPageSchemasAreNamedAfterTheirItemsSoThatServicesDoNotClash() {
        JsonNode merged = mergeCapacityAndEnergy();

        assertEquals("#/components/schemas/Region",
                merged.at("/components/schemas/RegionPage/properties/items/items/$ref").asText());
        assertEquals("#/components/schemas/GridZone",
                merged.at("/components/schemas/GridZonePage/properties/items/items/$ref").asText());
        assertEquals("#/components/schemas/RegionPage", merged
                .at("/paths/~1api~1v1~1regions/get/responses/200/content/application~1json/schema/$ref").asText());
        assertThat(OpenApiMerger.render(merged), not(containsString("PageResponse")));
    }

    @Test
    void theGatewayIsTheServerAndTheRealmsTokensApplyEverywhereAsOidcOrPlainBearer() {
        JsonNode merged = mergeCapacityAndEnergy();

        assertEquals(OpenApiMerger.DEFAULT_SERVER, merged.path("servers").path(0).path("url").asText());
        assertEquals(2, merged.path("security").size());
        assertTrue(merged.path("security").path(0).has("oidc"));
        assertTrue(merged.path("security").path(1).has("bearer"));
        JsonNode schemes = merged.path("components").path("securitySchemes");
        assertThat(iterable(schemes.fieldNames()), contains("bearer", "oidc"));
        assertEquals("openIdConnect", schemes.path("oidc").path("type").asText());
        assertEquals(OpenApiMerger.DEFAULT_DISCOVERY, schemes.path("oidc").path("openIdConnectUrl").asText());
        // Generators that ignore openIdConnect (python, typescript-fetch) send the token as plain bearer.
        assertEquals("http", schemes.path("bearer").path("type").asText());
        assertEquals("bearer", schemes.path("bearer").path("scheme").asText());
        assertEquals("JWT", schemes.path("bearer").path("bearerFormat").asText());
    }

    @Test
    void everyOperationDocumentsTheAnswersOnlyTheGatewayGives() {
        JsonNode merged = mergeCapacityAndEnergy();
        JsonNode list = merged.at("/paths/~1api~1v1~1regions/get/responses");
        JsonNode create = merged.at("/paths/~1api~1v1~1regions/post/responses");

        assertThat(iterable(list.fieldNames()), contains("200", "401", "414", "429", "431", "502", "503", "504"));
        assertEquals("#/components/responses/TooManyRequests", list.path("429").path("$ref").asText());
        // Only operations with a body can be too large.
        assertThat(iterable(create.fieldNames()), contains("201", "413", "414", "429", "431", "502", "503", "504"));
        // A service's own description of a code wins over the gateway's.
        assertEquals("The database is down", create.path("503").path("description").asText());
        assertEquals("#/components/headers/Retry-After",
                merged.at("/components/responses/TooManyRequests/headers/Retry-After/$ref").asText());
        assertEquals("#/components/headers/Location", create.at("/201/headers/Location/$ref").asText());
        assertEquals("#/components/schemas/Problem",
                merged.at("/components/responses/UriTooLong/content/application~1problem+json/schema/$ref").asText());
    }

    @Test
    void componentsWithTheSameNameButDifferentContentFailNamingBothServices() {
        String otherProblem = ENERGY.replace("detail: {type: string}", "detail: {type: integer}");

        MergeConflict conflict = assertThrows(MergeConflict.class, () -> OpenApiMerger.merge(
                List.of(contract("capacity-service", CAPACITY), contract("energy-service", otherProblem))));

        assertThat(conflict.getMessage(), allOf(containsString("components.schemas.Problem"),
                containsString("capacity-service"), containsString("energy-service")));
    }

    @Test
    void aPathServedByTwoServicesFails() {
        String alsoRegions = ENERGY.replace("/api/v1/grid-zones/{code}", "/api/v1/regions");

        MergeConflict conflict = assertThrows(MergeConflict.class, () -> OpenApiMerger.merge(
                List.of(contract("capacity-service", CAPACITY), contract("energy-service", alsoRegions))));

        assertThat(conflict.getMessage(), allOf(containsString("/api/v1/regions"), containsString("capacity-service"),
                containsString("energy-service")));
    }

    @Test
    void anOperationSecuredByAnotherSchemeFails() {
        String foreign = CAPACITY.replace("security: [{oidc: [viewer]}]", "security: [{SecurityScheme: []}]");

        MergeConflict conflict = assertThrows(MergeConflict.class,
                () -> OpenApiMerger.merge(List.of(contract("capacity-service", foreign))));

        assertThat(conflict.getMessage(),
                allOf(containsString("SecurityScheme"), containsString("GET /api/v1/regions")));
    }

    @Test
    void theRenderedFileReadsBackAsTheMergeAndSaysHowToRegenerateIt() {
        JsonNode merged = mergeCapacityAndEnergy();

        String rendered = OpenApiMerger.render(merged);

        assertThat(rendered, allOf(startsWith("# The SovPlan platform API"), containsString(OpenApiMerger.REGENERATE)));
        assertEquals(merged, OpenApiMerger.parse(rendered));
        assertEquals(rendered, OpenApiMerger.render(mergeCapacityAndEnergy()));
    }

    @Test
    void withoutServiceContractsTheDocumentHasNoPathsYetStaysValid() {
        JsonNode merged = OpenApiMerger.merge(List.of());

        assertEquals(0, merged.path("paths").size());
        assertTrue(merged.at("/components/securitySchemes/oidc").isObject());
    }

    private static List<String> iterable(java.util.Iterator<String> names) {
        List<String> list = new ArrayList<>();
        names.forEachRemaining(list::add);
        return list;
    }
}
