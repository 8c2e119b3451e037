package org.sovplan.placement.workload;

import java.net.URI;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
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

import org.sovplan.common.idempotency.Idempotent;
import org.sovplan.common.idempotency.IdempotencyFilter;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.sovplan.common.paging.PageQuery;
import org.sovplan.common.paging.PageResponse;
import org.sovplan.common.problem.Versions;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;

/** Workloads over REST: viewers read, planners of the workload's region write. */
@Path("/api/v1/workloads")
@Tag(name = "Workloads", description = "Training runs and inference services a region needs to place")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class WorkloadResource {

    private static final String EXAMPLE = """
            {"name": "Citizen services SLM", "type": "SLM_INFERENCE", "paramsBillion": 3, "precision": "int8",
             "peakTokensPerSec": 2000, "userRegionCode": "KE-30", "maxLatencyMs": 150, "minSovereigntyLevel": "SEAL-2",
             "allowedJurisdictions": ["KE"], "priority": 8, "regionCode": "KE"}""";

    private final WorkloadService service;

    public WorkloadResource(WorkloadService service) {
        this.service = service;
    }

    @GET
    @RolesAllowed("viewer")
    @Operation(operationId = "listWorkloads", summary = "List workloads", description = "regionCode=KE also lists workloads of KE's subdivisions.")
    @APIResponse(responseCode = "200", description = "One page of workloads")
    public PageResponse<WorkloadDto.Response> list(
            @QueryParam("regionCode") @Pattern(regexp = WorkloadDto.REGION_PATTERN, message = WorkloadDto.REGION_MESSAGE)
            @Parameter(description = "Owning region or country", example = "KE") String regionCode,
            @QueryParam("type") @Parameter(description = "Workload type", example = "LLM_INFERENCE") WorkloadType type,
            @QueryParam("name") @Parameter(description = "Exact name", example = "Citizen services SLM") String name,
            @QueryParam("minPriority") @Min(1) @Max(10) @Parameter(description = "Only workloads of at least this priority", example = "5") Integer minPriority,
            @Valid @BeanParam PageQuery page) {
        return service.list(new WorkloadFilter(regionCode, type, name, minPriority), page);
    }

    @GET
    @Path("{id}")
    @RolesAllowed("viewer")
    @Operation(operationId = "getWorkload", summary = "Get a workload")
    @APIResponse(responseCode = "200", description = "The workload, with its version as ETag")
    @APIResponse(responseCode = "404", description = "No such workload")
    public Response get(@PathParam("id") UUID id) {
        WorkloadDto.Response workload = service.get(id);
        return Response.ok(workload).tag(Versions.entityTag(workload.version())).build();
    }

    @POST
    @RolesAllowed("planner")
    @Operation(operationId = "createWorkload", summary = "Create a workload", description = "Needs role planner and the workload's region in the token's sovplan_regions.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "SLM inference", value = EXAMPLE)))
    @APIResponse(responseCode = "201", description = "Created; Location names it",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = WorkloadDto.Response.class)))
    @APIResponse(responseCode = "409", description = "A workload of that name exists in the region")
    @APIResponse(responseCode = "422", description = "Fields inconsistent with the workload type")
    @Idempotent
    @Parameter(name = IdempotencyFilter.HEADER, in = ParameterIn.HEADER, description = IdempotencyFilter.DESCRIPTION,
            schema = @Schema(type = SchemaType.STRING, maxLength = 255), example = "2f1c9a7e-3d4b-4e8f-a6b2-9c0d1e2f3a4b")
    public Response create(@Valid @NotNull WorkloadDto.Request request) {
        WorkloadDto.Response created = service.create(request);
        return Response.created(URI.create("/api/v1/workloads/" + created.id())).entity(created)
                .tag(Versions.entityTag(created.version())).build();
    }

    @PUT
    @Path("{id}")
    @RolesAllowed("planner")
    @Operation(operationId = "updateWorkload", summary = "Update a workload", description = "Send the version you read (body 'version' or If-Match); a stale one is refused with 409.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "Raise priority",
            value = "{\"name\": \"Citizen services SLM\", \"type\": \"SLM_INFERENCE\", \"paramsBillion\": 3, "
                    + "\"precision\": \"int8\", \"peakTokensPerSec\": 2000, \"priority\": 9, \"regionCode\": \"KE\", \"version\": 0}")))
    @APIResponse(responseCode = "200", description = "Updated")
    @APIResponse(responseCode = "404", description = "No such workload")
    @APIResponse(responseCode = "409", description = "Stale version or duplicate name")
    @APIResponse(responseCode = "422", description = "Fields inconsistent with the workload type")
    @APIResponse(responseCode = "428", description = "No version given")
    public WorkloadDto.Response update(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull WorkloadDto.Request request) {
        return service.update(id, request, ifMatch);
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed("planner")
    @Operation(operationId = "deleteWorkload", summary = "Delete a workload", description = "Plans that covered it keep their results.")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", description = "No such workload")
    public void delete(@PathParam("id") UUID id) {
        service.delete(id);
    }
}
