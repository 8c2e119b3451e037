package org.sovplan.energy.supply;

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

/** REST resource of power supplies (site to zone connections). */
@Path("/api/v1/power-supplies")
@Tag(name = "Power supplies", description = "Sites' grid connections and on-site renewables")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PowerSupplyResource {

    private final PowerSupplyService service;

    public PowerSupplyResource(PowerSupplyService service) {
        this.service = service;
    }

    @GET
    @RolesAllowed("viewer")
    @Operation(operationId = "listPowerSupplies", summary = "List power supplies", description = "Filter by site and zone.")
    @APIResponse(responseCode = "200", description = "One page of power supplies")
    public PageResponse<PowerSupplyDto.Response> list(@Valid @BeanParam PowerSupplyFilter filter,
            @Valid @BeanParam PageQuery page) {
        return service.list(filter, page);
    }

    @GET
    @Path("{id}")
    @RolesAllowed("viewer")
    @Operation(operationId = "getPowerSupply", summary = "Get a power supply")
    @APIResponse(responseCode = "200", description = "The power supply; ETag carries its version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PowerSupplyDto.Response.class)))
    @APIResponse(responseCode = "404", description = "No such power supply")
    public Response get(@PathParam("id") UUID id) {
        PowerSupplyDto.Response supply = service.get(id);
        return Response.ok(supply).tag(Versions.entityTag(supply.version())).build();
    }

    @POST
    @RolesAllowed("admin")
    @Operation(operationId = "createPowerSupply", summary = "Connect a site to a grid zone",
            description = "Needs role admin and the zone's country in the token's sovplan_regions. The site id is"
                    + " not verified against capacity-service.")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PowerSupplyDto.Response.class)))
    @APIResponse(responseCode = "409", description = "The site already has a power supply")
    @APIResponse(responseCode = "422", description = "Unknown zone")
    public Response create(@Valid @NotNull PowerSupplyDto.Request request) {
        PowerSupplyDto.Response created = service.create(request);
        return Response.created(URI.create("/api/v1/power-supplies/" + created.id())).entity(created)
                .tag(Versions.entityTag(created.version())).build();
    }

    @PUT
    @Path("{id}")
    @RolesAllowed("admin")
    @Operation(operationId = "updatePowerSupply", summary = "Update a power supply",
            description = "Send the version you read (body 'version' or If-Match); a stale one is refused with 409.")
    @APIResponse(responseCode = "200", description = "Updated",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PowerSupplyDto.Response.class)))
    @APIResponse(responseCode = "404", description = "No such power supply")
    @APIResponse(responseCode = "409", description = "Stale version")
    @APIResponse(responseCode = "422", description = "Unknown zone")
    @APIResponse(responseCode = "428", description = "No version given")
    public Response update(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull PowerSupplyDto.Request request) {
        PowerSupplyDto.Response supply = service.update(id, request, ifMatch);
        return Response.ok(supply).tag(Versions.entityTag(supply.version())).build();
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed("admin")
    @Operation(operationId = "deletePowerSupply", summary = "Disconnect a site")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", description = "No such power supply")
    public void delete(@PathParam("id") UUID id) {
        service.delete(id);
    }
}
