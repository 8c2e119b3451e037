package org.sovplan.energy.candidate;

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

/** REST resource of a zone's candidate grid upgrades. */
@Path("/api/v1/grid-zones/{code}/upgrade-candidates")
@Tag(name = "Grid upgrade candidates", description = "Upgrades a zone could build, with capex per MW and lead time")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class UpgradeCandidateResource {

    private final UpgradeCandidateService service;

    public UpgradeCandidateResource(UpgradeCandidateService service) {
        this.service = service;
    }

    @GET
    @RolesAllowed("viewer")
    @Operation(operationId = "listUpgradeCandidates", summary = "List a zone's candidate grid upgrades",
            description = "What the zone could build to add headroom for new loads: MW, capex per MW, lead time, source.")
    @APIResponse(responseCode = "200", description = "One page of candidates")
    @APIResponse(responseCode = "404", description = "No such grid zone")
    public PageResponse<UpgradeCandidateDto.Response> list(@PathParam("code") String code,
            @Valid @BeanParam PageQuery page) {
        return service.list(code, page);
    }

    @GET
    @Path("{id}")
    @RolesAllowed("viewer")
    @Operation(operationId = "getUpgradeCandidate", summary = "Get a candidate grid upgrade")
    @APIResponse(responseCode = "200", description = "The candidate; ETag carries its version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = UpgradeCandidateDto.Response.class)))
    @APIResponse(responseCode = "404", description = "No such zone or candidate")
    public Response get(@PathParam("code") String code, @PathParam("id") UUID id) {
        UpgradeCandidateDto.Response candidate = service.get(code, id);
        return Response.ok(candidate).tag(Versions.entityTag(candidate.version())).build();
    }

    @POST
    @RolesAllowed("admin")
    @Operation(operationId = "createUpgradeCandidate", summary = "Record a candidate grid upgrade",
            description = "Needs role admin and the zone's country in the token's sovplan_regions.")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = UpgradeCandidateDto.Response.class)))
    @APIResponse(responseCode = "404", description = "No such grid zone")
    @APIResponse(responseCode = "409", description = "The zone already has a candidate of this name")
    public Response create(@PathParam("code") String code, @Valid @NotNull UpgradeCandidateDto.Request request) {
        UpgradeCandidateDto.Response created = service.create(code, request);
        return Response.created(URI.create("/api/v1/grid-zones/" + code + "/upgrade-candidates/" + created.id()))
                .entity(created).tag(Versions.entityTag(created.version())).build();
    }

    @PUT
    @Path("{id}")
    @RolesAllowed("admin")
    @Operation(operationId = "updateUpgradeCandidate", summary = "Update a candidate grid upgrade",
            description = "Send the version you read (body 'version' or If-Match); a stale one is refused with 409.")
    @APIResponse(responseCode = "200", description = "Updated",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = UpgradeCandidateDto.Response.class)))
    @APIResponse(responseCode = "404", description = "No such zone or candidate")
    @APIResponse(responseCode = "409", description = "Stale version, or the name is taken in the zone")
    @APIResponse(responseCode = "428", description = "No version given")
    public Response update(@PathParam("code") String code, @PathParam("id") UUID id,
            @HeaderParam("If-Match") String ifMatch, @Valid @NotNull UpgradeCandidateDto.Request request) {
        UpgradeCandidateDto.Response candidate = service.update(code, id, request, ifMatch);
        return Response.ok(candidate).tag(Versions.entityTag(candidate.version())).build();
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed("admin")
    @Operation(operationId = "deleteUpgradeCandidate", summary = "Delete a candidate grid upgrade")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", description = "No such zone or candidate")
    public void delete(@PathParam("code") String code, @PathParam("id") UUID id) {
        service.delete(code, id);
    }
}
