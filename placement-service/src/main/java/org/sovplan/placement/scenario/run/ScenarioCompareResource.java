package org.sovplan.placement.scenario.run;

import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Variant;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.sovplan.common.problem.ApiException;

/** Scenarios or runs side by side, with deltas against the first. */
@Path("/api/v1/scenarios/compare")
@Tag(name = "Scenarios")
public class ScenarioCompareResource {

    private static final List<Variant> VARIANTS = Variant.mediaTypes(MediaType.APPLICATION_JSON_TYPE,
            MediaType.valueOf(ScenarioRunResource.MARKDOWN), MediaType.TEXT_PLAIN_TYPE).build();

    private final ScenarioRunService runs;

    public ScenarioCompareResource(ScenarioRunService runs) {
        this.runs = runs;
    }

    @GET
    @RolesAllowed("viewer")
    @Produces({ MediaType.APPLICATION_JSON, ScenarioRunResource.MARKDOWN, MediaType.TEXT_PLAIN })
    @Operation(operationId = "compareScenarios", summary = "Compare scenarios or runs",
            description = "NPV, capex per year, GPUs and MW built, carbon, unserved demand and the first year each stops "
                    + "meeting demand, with deltas against the first. ids= compares scenarios (each one's newest run with "
                    + "a result); runs= compares runs, e.g. those of a sensitivity. JSON, or a Markdown table.")
    @APIResponse(responseCode = "200", description = "The comparison", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ScenarioComparison.class)),
            @Content(mediaType = ScenarioRunResource.MARKDOWN, schema = @Schema(type = SchemaType.STRING)),
            @Content(mediaType = MediaType.TEXT_PLAIN, schema = @Schema(type = SchemaType.STRING)) })
    @APIResponse(responseCode = "404", description = "An unknown scenario or run")
    @APIResponse(responseCode = "422", description = "A scenario or run without a result")
    public Response compare(
            @QueryParam("ids") @Parameter(description = "Scenario ids, comma-separated, the first is the base") String ids,
            @QueryParam("runs") @Parameter(description = "Run ids, comma-separated, the first is the base") String runIds,
            @Context Request request) {
        List<UUID> scenarioIds = parse("ids", ids);
        List<UUID> runList = parse("runs", runIds);
        if (scenarioIds.isEmpty() == runList.isEmpty()) {
            throw ApiException.invalidField("ids", "give either ids (scenarios) or runs");
        }
        if (scenarioIds.size() + runList.size() > ScenarioRunService.MAX_COMPARED) {
            throw ApiException.invalidField(scenarioIds.isEmpty() ? "runs" : "ids",
                    "at most " + ScenarioRunService.MAX_COMPARED + " at once");
        }
        ScenarioComparison comparison = runs.compare(scenarioIds, runList);
        Variant chosen = request.selectVariant(VARIANTS);
        if (chosen == null || chosen.getMediaType().isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
            return Response.ok(comparison, MediaType.APPLICATION_JSON_TYPE).build();
        }
        boolean plain = chosen.getMediaType().isCompatible(MediaType.TEXT_PLAIN_TYPE);
        return Response.ok(comparison.render(!plain), plain ? ScenarioRunResource.PLAIN_UTF8
                : ScenarioRunResource.MARKDOWN_UTF8).build();
    }

    private static List<UUID> parse(String field, String value) {
        if (value == null || value.isBlank()) {
            return List.of();
        }
        try {
            return java.util.Arrays.stream(value.split(",")).map(String::trim).filter(s -> !s.isEmpty())
                    .map(UUID::fromString).toList();
        } catch (IllegalArgumentException e) {
            throw ApiException.invalidField(field, "must be comma-separated UUIDs");
        }
    }
}
