package org.sovplan.placement.scenario.run;

import java.net.URI;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.sovplan.common.idempotency.Idempotent;
import org.sovplan.common.idempotency.IdempotencyFilter;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** A sensitivity: one run per demand variant or carbon price scale of a scenario, to compare. */
@Path("/api/v1/scenarios/{id}/sensitivity")
@Tag(name = "Scenarios")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ScenarioSensitivityResource {

    private final ScenarioRunService runs;

    public ScenarioSensitivityResource(ScenarioRunService runs) {
        this.runs = runs;
    }

    @POST
    @RolesAllowed("planner")
    @Operation(operationId = "startScenarioSensitivity", summary = "Solve a scenario's variants or carbon prices",
            description = "Starts one run per demand variant, or per carbon price scale (with the default variant); "
                    + "each takes a queue slot. Compare them with the link answered once they end.")
    @RequestBody(content = @Content(examples = {
            @ExampleObject(name = "Demand variants", value = "{\"variants\": [\"low\", \"mid\", \"high\"]}"),
            @ExampleObject(name = "Carbon prices", value = "{\"carbonPriceScales\": [0, 1, 2]}") }))
    @APIResponse(responseCode = "202", description = "The runs, queued",
            headers = @Header(name = "Location", description = "The comparison of the runs", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RunDto.SensitivityResponse.class)))
    @APIResponse(responseCode = "404", description = "No such scenario")
    @APIResponse(responseCode = "422", description = "Neither or both of variants and carbonPriceScales, or an unknown variant")
    @APIResponse(responseCode = "429", description = "Not enough room in the solve queue for all the runs")
    @APIResponse(responseCode = "503", description = "capacity-service or energy-service is unavailable")
    @Idempotent
    @Parameter(name = IdempotencyFilter.HEADER, in = ParameterIn.HEADER, description = IdempotencyFilter.DESCRIPTION,
            schema = @Schema(type = SchemaType.STRING, maxLength = 255), example = "2f1c9a7e-3d4b-4e8f-a6b2-9c0d1e2f3a4b")
    public Response start(@PathParam("id") UUID id, @Valid @NotNull RunDto.SensitivityRequest request) {
        RunDto.SensitivityResponse answer = runs.sensitivity(id, request);
        return Response.accepted(answer).location(URI.create(answer.compare())).build();
    }
}
