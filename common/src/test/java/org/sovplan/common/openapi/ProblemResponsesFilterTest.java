package org.sovplan.common.openapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.junit.jupiter.api.Test;

/**
 * An event stream asked for with {@code Accept: application/json} answers 406, so the contract must say so (the
 * property suite found it undocumented); JSON operations keep no 406.
 */
class ProblemResponsesFilterTest {

    @Test
    void eventStreamsDocument406AsAProblem() {
        Operation stream = operation("text/event-stream");
        filter(stream);
        APIResponses responses = stream.getResponses();
        assertTrue(responses.hasAPIResponse("406"));
        assertEquals("#/components/schemas/Problem", responses.getAPIResponse("406").getContent()
                .getMediaType("application/problem+json").getSchema().getRef());
    }

    @Test
    void jsonOperationsGetNo406() {
        Operation json = operation("application/json");
        filter(json);
        assertFalse(json.getResponses().hasAPIResponse("406"));
        assertTrue(json.getResponses().hasAPIResponse("400"));
    }

    private static Operation operation(String successType) {
        Content content = OASFactory.createContent().addMediaType(successType, OASFactory.createMediaType());
        return OASFactory.createOperation().responses(OASFactory.createAPIResponses()
                .addAPIResponse("200", OASFactory.createAPIResponse().description("ok").content(content)));
    }

    private static void filter(Operation operation) {
        OpenAPI openAPI = OASFactory.createOpenAPI().paths(OASFactory.createPaths()
                .addPathItem("/api/v1/things/{id}/events", OASFactory.createPathItem().GET(operation)));
        new ProblemResponsesFilter().filterOpenAPI(openAPI);
    }
}
