package org.sovplan.capacity.region;

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
import org.sovplan.common.problem.Versions;

@Path("/api/v1/regions")
@Tag(name = "Regions", description = "Countries and subdivisions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class RegionResource {

    private final RegionService service;

    public RegionResource(RegionService service) {
        this.service = service;
    }

    @GET
    @RolesAllowed("viewer")
    @Operation(operationId = "listRegions", summary = "List regions", description = "Filter by parent; parentCode= (empty) lists countries only.")
    @APIResponse(responseCode = "200", description = "One page of regions")
    public PageResponse<RegionDto.Response> list(
            @QueryParam("parentCode") @Parameter(description = "Only subdivisions of this region; empty for countries") String parentCode,
            @Valid @BeanParam PageQuery page) {
        return service.list(parentCode, page);
    }

    @GET
    @Path("{code}")
    @RolesAllowed("viewer")
    @Operation(operationId = "getRegion", summary = "Get a region")
    @APIResponse(responseCode = "200", description = "The region",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RegionDto.Response.class)))
    @APIResponse(responseCode = "404", description = "No such region")
    public Response get(@PathParam("code") String code) {
        RegionDto.Response region = service.get(code);
        return Response.ok(region).tag(Versions.entityTag(region.version())).build();
    }

    @POST
    @RolesAllowed("admin")
    @Operation(operationId = "createRegion", summary = "Create a region", description = "Needs role admin and the region in the token's sovplan_regions.")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RegionDto.Response.class)))
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = {
            @ExampleObject(name = "country", value = """
                    {"code": "KE", "name": "Kenya", "population": 55100000, "lat": 0.02, "lon": 37.9}"""),
            @ExampleObject(name = "subdivision", value = """
                    {"code": "KE-30", "name": "Nairobi City", "parentCode": "KE", "population": 4397073,
                     "lat": -1.29, "lon": 36.82}""") }))
    @APIResponse(responseCode = "409", description = "The region exists")
    @APIResponse(responseCode = "422", description = "Unknown parent")
    public Response create(@Valid @NotNull RegionDto.Request request) {
        RegionDto.Response created = service.create(request);
        return Response.created(URI.create("/api/v1/regions/" + created.code())).entity(created).build();
    }

    @PUT
    @Path("{code}")
    @RolesAllowed("admin")
    @Operation(operationId = "updateRegion", summary = "Update a region", description = "Send the version you read (body 'version' or If-Match); a stale one is refused with 409.")
    @APIResponse(responseCode = "200", description = "Updated")
    @APIResponse(responseCode = "404", description = "No such region")
    @APIResponse(responseCode = "409", description = "Stale version")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "rename",
            value = """
                    {"name": "Nairobi City County", "parentCode": "KE", "population": 4397073, "version": 0}""")))
    @APIResponse(responseCode = "428", description = "No version given")
    public RegionDto.Response update(@PathParam("code") String code, @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull RegionDto.Request request) {
        return service.update(code, request, ifMatch);
    }

    @DELETE
    @Path("{code}")
    @RolesAllowed("admin")
    @Operation(operationId = "deleteRegion", summary = "Delete a region without sites or subdivisions")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", description = "No such region")
    @APIResponse(responseCode = "409", description = "The region is in use")
    public void delete(@PathParam("code") String code) {
        service.delete(code);
    }
}
