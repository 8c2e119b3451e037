package org.sovplan.placement.scenario;

import java.net.URI;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.sovplan.common.paging.PageQuery;
import org.sovplan.common.paging.PageResponse;
import org.sovplan.common.domain.NotFound;
import org.sovplan.common.problem.Versions;
import org.sovplan.common.idempotency.Idempotent;
import org.sovplan.common.idempotency.IdempotencyFilter;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;

/** Scenarios over REST: viewers read, planners of the scenario's region write. */
@Path("/api/v1/scenarios")
@Tag(name = "Scenarios", description = "Multi-year least-cost build plans of a region (MILP), compared side by side")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ScenarioResource {

    static final String EXAMPLE = """
            {"name": "Kenya 2026-2035", "regionCode": "KE", "firstYear": 2026, "lastYear": 2035,
             "definition": {"discountRatePct": 8, "carbonPricesUsdPerTonne": {"2026": 20, "2030": 60},
              "capexBudgetsUsd": {"2026": 150000000}, "defaultVariant": "mid",
              "demand": [{"name": "Citizen services LLM", "units": 1,
                "workload": {"type": "LLM_INFERENCE", "paramsBillion": 70, "precision": "bf16", "peakTokensPerSec": 20000,
                             "userRegionCode": "KE-30", "maxLatencyMs": 150, "minSovereigntyLevel": "SEAL-2",
                             "allowedJurisdictions": ["KE"]},
                "variants": {"low": {"growthPctPerYear": 15}, "mid": {"growthPctPerYear": 30}, "high": {"growthPctPerYear": 50}},
                "substitutes": [{"name": "8B int4", "paramsBillion": 8, "precision": "int4"}]}]}}""";

    private final ScenarioService service;

    public ScenarioResource(ScenarioService service) {
        this.service = service;
    }

    @GET
    @RolesAllowed("viewer")
    @Operation(operationId = "listScenarios", summary = "List scenarios", description = "regionCode=KE also lists scenarios of KE's subdivisions.")
    @APIResponse(responseCode = "200", description = "One page of scenarios")
    public PageResponse<ScenarioDto.Summary> list(
            @QueryParam("regionCode") @Pattern(regexp = ScenarioDto.REGION_PATTERN, message = "must be an ISO 3166-1 or 3166-2 code")
            @Parameter(description = "Region or country", example = "KE") String regionCode,
            @Valid @BeanParam PageQuery page) {
        return service.list(regionCode, page);
    }

    @GET
    @Path("{id}")
    @RolesAllowed("viewer")
    @Operation(operationId = "getScenario", summary = "Get a scenario")
    @APIResponse(responseCode = "200", description = "The scenario, with its version as ETag")
    @APIResponse(responseCode = "404", description = "No such scenario")
    public Response get(@PathParam("id") UUID id) {
        ScenarioDto.Response scenario = service.get(id).orElseThrow(() -> new NotFound("scenario", id));
        return Response.ok(scenario).tag(Versions.entityTag(scenario.version())).build();
    }

    @POST
    @RolesAllowed("planner")
    @Operation(operationId = "createScenario", summary = "Create a scenario", description = "Needs role planner and the scenario's region in the token's sovplan_regions.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "Kenya", value = EXAMPLE)))
    @APIResponse(responseCode = "201", description = "Created; Location names it",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ScenarioDto.Response.class)))
    @APIResponse(responseCode = "409", description = "A scenario of that name exists in the region")
    @APIResponse(responseCode = "422", description = "Inconsistent definition (years, variants, demand lines)")
    @Idempotent
    @Parameter(name = IdempotencyFilter.HEADER, in = ParameterIn.HEADER, description = IdempotencyFilter.DESCRIPTION,
            schema = @Schema(type = SchemaType.STRING, maxLength = 255), example = "2f1c9a7e-3d4b-4e8f-a6b2-9c0d1e2f3a4b")
    public Response create(@Valid @NotNull ScenarioDto.Request request) {
        ScenarioDto.Response created = service.create(request);
        return Response.created(URI.create("/api/v1/scenarios/" + created.id())).entity(created)
                .tag(Versions.entityTag(created.version())).build();
    }

    @PUT
    @Path("{id}")
    @RolesAllowed("planner")
    @Operation(operationId = "updateScenario", summary = "Update a scenario", description = "Send the version you read (body 'version' or If-Match); a stale one is refused with 409. Runs keep the results of the version they solved.")
    @APIResponse(responseCode = "200", description = "Updated")
    @APIResponse(responseCode = "404", description = "No such scenario")
    @APIResponse(responseCode = "409", description = "Stale version or duplicate name")
    @APIResponse(responseCode = "422", description = "Inconsistent definition")
    @APIResponse(responseCode = "428", description = "No version given")
    public ScenarioDto.Response update(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull ScenarioDto.Request request) {
        return service.update(id, request, ifMatch);
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed("planner")
    @Operation(operationId = "deleteScenario", summary = "Delete a scenario and its runs")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", description = "No such scenario")
    public void delete(@PathParam("id") UUID id) {
        service.delete(id);
    }
}
