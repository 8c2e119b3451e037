package org.sovplan.common.openapi;

import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.sovplan.common.problem.Problem;

import io.quarkus.smallrye.openapi.OpenApiFilter;

/**
 * Documents the error contract on every API operation: adds the answers any operation can give
 * (400, 401, 403, 500, 415 where a body is sent, and 406 where the only success type is an event stream, which
 * a client asking for JSON alone cannot get), and gives every 4xx/5xx answer the {@code application/problem+json}
 * body, so that resources only name their specific failures ({@code 404}, {@code 409}...).
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class ProblemResponsesFilter implements OASFilter {

    private static final String PROBLEM_REF = "#/components/schemas/Problem";
    private static final String EVENT_STREAM = "text/event-stream";

    /** Sorted by status: Map.of iterates differently from run to run, which would reorder the committed contract. */
    private static final Map<String, String> COMMON = new java.util.TreeMap<>(Map.of(
            "400", "Malformed or invalid request",
            "401", "Missing, expired or invalid bearer token",
            "403", "The token's roles or regions do not allow this",
            "500", "Unexpected error, reported with an incident id only"));

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null) {
            return;
        }
        addProblemSchemas(openAPI);
        openAPI.getPaths().getPathItems().forEach((path, item) -> {
            if (path.startsWith("/api/")) {
                item.getOperations().values().forEach(ProblemResponsesFilter::documentErrors);
            }
        });
    }

    private static void documentErrors(Operation operation) {
        APIResponses responses = operation.getResponses();
        if (responses == null) {
            responses = OASFactory.createAPIResponses();
            operation.setResponses(responses);
        }
        for (Map.Entry<String, String> entry : COMMON.entrySet()) {
            if (!responses.hasAPIResponse(entry.getKey())) {
                responses.addAPIResponse(entry.getKey(), OASFactory.createAPIResponse().description(entry.getValue()));
            }
        }
        if (answersOnlyEventStreams(responses) && !responses.hasAPIResponse("406")) {
            responses.addAPIResponse("406", OASFactory.createAPIResponse()
                    .description("The Accept header names no type this operation answers (" + EVENT_STREAM + ")"));
        }
        if (operation.getRequestBody() != null && !responses.hasAPIResponse("415")) {
            responses.addAPIResponse("415", OASFactory.createAPIResponse()
                    .description("The request's Content-Type is not one this operation accepts"));
        }
        responses.getAPIResponses().forEach((code, response) -> {
            if (code.startsWith("4") || code.startsWith("5")) {
                setProblemBody(response);
            }
        });
    }

    /** Whether the operation's success answers (2xx with a body) are all Server-Sent Events. */
    static boolean answersOnlyEventStreams(APIResponses responses) {
        boolean any = false;
        for (Map.Entry<String, APIResponse> entry : responses.getAPIResponses().entrySet()) {
            Content content = entry.getValue().getContent();
            if (!entry.getKey().startsWith("2") || content == null || content.getMediaTypes() == null
                    || content.getMediaTypes().isEmpty()) {
                continue;
            }
            if (!content.getMediaTypes().keySet().stream().allMatch(EVENT_STREAM::equals)) {
                return false;
            }
            any = true;
        }
        return any;
    }

    private static void setProblemBody(APIResponse response) {
        Content content = OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE,
                OASFactory.createMediaType().schema(OASFactory.createSchema().ref(PROBLEM_REF)));
        response.setContent(content);
    }

    private static void addProblemSchemas(OpenAPI openAPI) {
        Components components = openAPI.getComponents();
        if (components == null) {
            components = OASFactory.createComponents();
            openAPI.setComponents(components);
        }
        Schema string = OASFactory.createSchema().addType(Schema.SchemaType.STRING);
        components.addSchema("FieldError", OASFactory.createSchema()
                .addType(Schema.SchemaType.OBJECT)
                .description("One finding about one field of the request")
                .addProperty("field", OASFactory.createSchema().addType(Schema.SchemaType.STRING).examples(List.of("pue")))
                .addProperty("message", string));
        components.addSchema("Problem", OASFactory.createSchema()
                .addType(Schema.SchemaType.OBJECT)
                .description("RFC 9457 problem details; the body of every error answer")
                .addProperty("type", OASFactory.createSchema().addType(Schema.SchemaType.STRING).format("uri")
                        .examples(List.of(Problem.TYPE_BASE + "validation")))
                .addProperty("title", OASFactory.createSchema().addType(Schema.SchemaType.STRING)
                        .examples(List.of("Invalid request")))
                .addProperty("status", OASFactory.createSchema().addType(Schema.SchemaType.INTEGER)
                        .examples(List.of(400)))
                .addProperty("detail", string)
                .addProperty("instance", string)
                .addProperty("errors", OASFactory.createSchema().addType(Schema.SchemaType.ARRAY)
                        .items(OASFactory.createSchema().ref("#/components/schemas/FieldError")))
                .required(List.of("type", "title", "status")));
    }
}
