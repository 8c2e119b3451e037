package org.sovplan.capacity.reservation;

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
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
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

@Path("/api/v1/reservations")
@Tag(name = "Reservations", description = "Accelerators and IT MW held at a site for a plan or workload")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ReservationResource {

    private final ReservationService service;

    public ReservationResource(ReservationService service) {
        this.service = service;
    }

    @GET
    @RolesAllowed("viewer")
    @Operation(operationId = "listReservations", summary = "List reservations",
            description = "Sortable by createdAt (default), gpus, itMw, status.")
    @APIResponse(responseCode = "200", description = "One page of reservations")
    public PageResponse<ReservationDto.Response> list(
            @QueryParam("siteId") @Parameter(description = "Only at this site") UUID siteId,
            @QueryParam("status") @Parameter(description = "ACTIVE or RELEASED") ReservationStatus status,
            @QueryParam("reference") @Parameter(description = "Only with exactly this reference",
                    example = "plan/6c1d0f2e/workload/77aa") String reference,
            @Valid @BeanParam PageQuery page) {
        return service.list(siteId, status, reference, page);
    }

    @GET
    @Path("{id}")
    @RolesAllowed("viewer")
    @Operation(operationId = "getReservation", summary = "Get a reservation")
    @APIResponse(responseCode = "200", description = "The reservation")
    @APIResponse(responseCode = "404", description = "No such reservation")
    public ReservationDto.Response get(@PathParam("id") UUID id) {
        return service.get(id);
    }

    @POST
    @RolesAllowed({ "admin", "capacity-reserver" })
    @Operation(operationId = "createReservation", summary = "Reserve accelerators and IT MW at a site",
            description = "Needs role admin or capacity-reserver and the site's country in the token's sovplan_regions. "
                    + "Without itMw it is gpus × tdpWatts × (1 + server overhead) / 1e6. With an Idempotency-Key, "
                    + "repeating the same body answers the same reservation (200); the key with another body is refused (422).")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "h100", value = """
                    {"siteId": "0b6f2d4e-8a41-4a5e-9d7c-1f0e7a3b2c10", "modelCode": "NVIDIA_H100_SXM", "gpus": 64,
                     "reference": "plan/6c1d0f2e/workload/77aa"}""")))
    @APIResponse(responseCode = "201", description = "Reserved; Location names it",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReservationDto.Response.class)))
    @APIResponse(responseCode = "200", description = "Replay of an Idempotency-Key: the reservation it created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReservationDto.Response.class)))
    @APIResponse(responseCode = "409", description = "The pool or the site's IT MW would be over-allocated, or the site is decommissioned")
    @APIResponse(responseCode = "422", description = "Unknown site or model, or an Idempotency-Key reused with another body")
    public Response reserve(
            @HeaderParam("Idempotency-Key")
            @Parameter(description = "Makes retries safe: the same key and body answer the same reservation",
                    example = "2f1c9a7e-3d4b-4e8f-a6b2-9c0d1e2f3a4b") String idempotencyKey,
            @Valid @NotNull ReservationDto.Request request) {
        ReservationService.Outcome outcome = service.reserve(request, idempotencyKey);
        URI location = URI.create("/api/v1/reservations/" + outcome.reservation().id());
        return (outcome.created() ? Response.created(location) : Response.ok().location(location))
                .entity(outcome.reservation()).build();
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed({ "admin", "capacity-reserver" })
    @Operation(operationId = "releaseReservation", summary = "Release a reservation",
            description = "Idempotent: releasing a released reservation answers 204 too.")
    @APIResponse(responseCode = "204", description = "Released")
    @APIResponse(responseCode = "404", description = "No such reservation")
    public void release(@PathParam("id") UUID id) {
        service.release(id);
    }
}
