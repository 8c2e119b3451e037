package org.sovplan.energy.upgrade;

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
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.sovplan.common.paging.PageQuery;
import org.sovplan.common.paging.PageResponse;
import org.sovplan.common.problem.Versions;

/** REST resource of grid upgrades. */
@Path("/api/v1/grid-upgrades")
@Tag(name = "Grid upgrades", description = "Generation and transmission that add headroom to a zone")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class GridUpgradeResource {

    private final GridUpgradeService service;

    public GridUpgradeResource(GridUpgradeService service) {
        this.service = service;
    }

    @GET
    @RolesAllowed("viewer")
    @Operation(operationId = "listGridUpgrades", summary = "List grid upgrades",
            description = "Filter by zone, status, and onlineBy (expected online by a date, CANCELLED excluded).")
    @APIResponse(responseCode = "200", description = "One page of grid upgrades")
    public PageResponse<GridUpgradeDto.Response> list(@Valid @BeanParam GridUpgradeFilter filter,
            @Valid @BeanParam PageQuery page) {
        return service.list(filter, page);
    }

    @GET
    @Path("{id}")
    @RolesAllowed("viewer")
    @Operation(operationId = "getGridUpgrade", summary = "Get a grid upgrade")
    @APIResponse(responseCode = "200", description = "The grid upgrade; ETag carries its version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = GridUpgradeDto.Response.class)))
    @APIResponse(responseCode = "404", description = "No such grid upgrade")
    public Response get(@PathParam("id") UUID id) {
        GridUpgradeDto.Response upgrade = service.get(id);
        return Response.ok(upgrade).tag(Versions.entityTag(upgrade.version())).build();
    }

    @POST
    @RolesAllowed("admin")
    @Operation(operationId = "createGridUpgrade", summary = "Record a grid upgrade",
            description = "Needs role admin and the zone's country in the token's sovplan_regions.")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = GridUpgradeDto.Response.class)))
    @APIResponse(responseCode = "409", description = "The zone already has an upgrade of this name")
    @APIResponse(responseCode = "422", description = "Unknown zone, or renewableMw above addedMw")
    public Response create(@Valid @NotNull GridUpgradeDto.Request request) {
        GridUpgradeDto.Response created = service.create(request);
        return Response.created(URI.create("/api/v1/grid-upgrades/" + created.id())).entity(created)
                .tag(Versions.entityTag(created.version())).build();
    }

    @PUT
    @Path("{id}")
    @RolesAllowed("admin")
    @Operation(operationId = "updateGridUpgrade", summary = "Update a grid upgrade",
            description = "Send the version you read (body 'version' or If-Match); a stale one is refused with 409.")
    @APIResponse(responseCode = "200", description = "Updated",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = GridUpgradeDto.Response.class)))
    @APIResponse(responseCode = "404", description = "No such grid upgrade")
    @APIResponse(responseCode = "409", description = "Stale version, or the name is taken in the zone")
    @APIResponse(responseCode = "422", description = "Unknown zone, or renewableMw above addedMw")
    @APIResponse(responseCode = "428", description = "No version given")
    public Response update(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull GridUpgradeDto.Request request) {
        GridUpgradeDto.Response upgrade = service.update(id, request, ifMatch);
        return Response.ok(upgrade).tag(Versions.entityTag(upgrade.version())).build();
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed("admin")
    @Operation(operationId = "deleteGridUpgrade", summary = "Delete a grid upgrade")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", description = "No such grid upgrade")
    public void delete(@PathParam("id") UUID id) {
        service.delete(id);
    }
}
