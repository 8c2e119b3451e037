package org.sovplan.capacity.accelerator;

import java.net.URI;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.sovplan.common.paging.PageQuery;
import org.sovplan.common.paging.PageResponse;
import org.sovplan.common.problem.Versions;

@Path("/api/v1/sites/{siteId}/pools")
@Tag(name = "Accelerator pools", description = "Accelerators installed at a site, per model: installed, reserved, available")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PoolResource {

    private final PoolService service;

    public PoolResource(PoolService service) {
        this.service = service;
    }

    @GET
    @RolesAllowed("viewer")
    @Operation(operationId = "listPools", summary = "List the accelerator pools of a site",
            description = "Sortable by modelCode, installed, reserved.")
    @APIResponse(responseCode = "200", description = "One page of pools")
    @APIResponse(responseCode = "404", description = "No such site")
    public PageResponse<PoolDto.Response> list(@PathParam("siteId") UUID siteId, @Valid @BeanParam PageQuery page) {
        return service.list(siteId, page);
    }

    @GET
    @Path("{modelCode}")
    @RolesAllowed("viewer")
    @Operation(operationId = "getPool", summary = "Get one accelerator pool of a site")
    @APIResponse(responseCode = "200", description = "The pool; its ETag is its version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PoolDto.Response.class)))
    @APIResponse(responseCode = "404", description = "No such site or no pool of that model there")
    public Response get(@PathParam("siteId") UUID siteId,
            @PathParam("modelCode") @Parameter(example = "NVIDIA_H100_SXM") String modelCode) {
        PoolDto.Response pool = service.get(siteId, modelCode);
        return Response.ok(pool).tag(Versions.entityTag(pool.version())).build();
    }

    @PUT
    @Path("{modelCode}")
    @RolesAllowed("admin")
    @Operation(operationId = "putPool", summary = "Set how many accelerators of a model a site has installed",
            description = "Creates the pool (201) or changes it (200). installed may not drop below reserved (409). "
                    + "With a version (body or If-Match) the change applies only to that version (409 when stale).")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "install", value = "{\"installed\": 256, \"version\": 0}")))
    @APIResponse(responseCode = "200", description = "Changed",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PoolDto.Response.class)))
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PoolDto.Response.class)))
    @APIResponse(responseCode = "404", description = "No such site")
    @APIResponse(responseCode = "409", description = "installed below reserved, or stale version")
    @APIResponse(responseCode = "422", description = "Unknown accelerator model")
    public Response put(@PathParam("siteId") UUID siteId, @PathParam("modelCode") String modelCode,
            @HeaderParam("If-Match") @Parameter(description = "The version read, e.g. \"3\"") String ifMatch,
            @Valid @NotNull PoolDto.Request request) {
        PoolService.Outcome outcome = service.put(siteId, modelCode, request, ifMatch);
        Response.ResponseBuilder response = outcome.created()
                ? Response.created(URI.create("/api/v1/sites/" + siteId + "/pools/" + modelCode))
                : Response.ok();
        return response.entity(outcome.pool()).tag(Versions.entityTag(outcome.pool().version())).build();
    }

    @DELETE
    @Path("{modelCode}")
    @RolesAllowed("admin")
    @Operation(operationId = "deletePool", summary = "Remove an accelerator pool without reservations")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", description = "No such site or pool")
    @APIResponse(responseCode = "409", description = "Active reservations hold accelerators of the pool")
    public void delete(@PathParam("siteId") UUID siteId, @PathParam("modelCode") String modelCode) {
        service.delete(siteId, modelCode);
    }
}
