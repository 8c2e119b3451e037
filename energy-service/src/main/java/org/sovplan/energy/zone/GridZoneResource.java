package org.sovplan.energy.zone;

import java.net.URI;

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

/** REST resource of grid zones: CRUD with optimistic versions, filtered and paged lists. */
@Path("/api/v1/grid-zones")
@Tag(name = "Grid zones", description = "Electricity grids: carbon, price, headroom for new loads")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class GridZoneResource {

    private final GridZoneService service;

    public GridZoneResource(GridZoneService service) {
        this.service = service;
    }

    @GET
    @RolesAllowed("viewer")
    @Operation(operationId = "listGridZones", summary = "List grid zones",
            description = "Filter by country, maximum annual carbon intensity and minimum recorded headroom.")
    @APIResponse(responseCode = "200", description = "One page of grid zones")
    public PageResponse<GridZoneDto.Response> list(@Valid @BeanParam GridZoneFilter filter,
            @Valid @BeanParam PageQuery page) {
        return service.list(filter, page);
    }

    @GET
    @Path("{code}")
    @RolesAllowed("viewer")
    @Operation(operationId = "getGridZone", summary = "Get a grid zone")
    @APIResponse(responseCode = "200", description = "The grid zone; ETag carries its version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = GridZoneDto.Response.class)))
    @APIResponse(responseCode = "404", description = "No such grid zone")
    public Response get(@PathParam("code") String code) {
        GridZoneDto.Response zone = service.get(code);
        return Response.ok(zone).tag(Versions.entityTag(zone.version())).build();
    }

    @POST
    @RolesAllowed("admin")
    @Operation(operationId = "createGridZone", summary = "Create a grid zone",
            description = "Needs role admin and the zone's countryCode in the token's sovplan_regions.")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = GridZoneDto.Response.class)))
    @APIResponse(responseCode = "409", description = "The grid zone exists")
    public Response create(@Valid @NotNull GridZoneDto.Request request) {
        GridZoneDto.Response created = service.create(request);
        return Response.created(URI.create("/api/v1/grid-zones/" + created.code())).entity(created)
                .tag(Versions.entityTag(created.version())).build();
    }

    @PUT
    @Path("{code}")
    @RolesAllowed("admin")
    @Operation(operationId = "updateGridZone", summary = "Update a grid zone",
            description = "Send the version you read (body 'version' or If-Match); a stale one is refused with 409.")
    @APIResponse(responseCode = "200", description = "Updated",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = GridZoneDto.Response.class)))
    @APIResponse(responseCode = "404", description = "No such grid zone")
    @APIResponse(responseCode = "409", description = "Stale version")
    @APIResponse(responseCode = "428", description = "No version given")
    public Response update(@PathParam("code") String code, @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull GridZoneDto.Request request) {
        GridZoneDto.Response zone = service.update(code, request, ifMatch);
        return Response.ok(zone).tag(Versions.entityTag(zone.version())).build();
    }

    @DELETE
    @Path("{code}")
    @RolesAllowed("admin")
    @Operation(operationId = "deleteGridZone", summary = "Delete a grid zone without upgrades or power supplies",
            description = "Its profile and series are deleted with it.")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", description = "No such grid zone")
    @APIResponse(responseCode = "409", description = "The grid zone is in use")
    public void delete(@PathParam("code") String code) {
        service.delete(code);
    }
}
