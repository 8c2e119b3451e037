package org.sovplan.energy.headroom;

import java.time.LocalDate;
import java.time.ZoneOffset;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.sovplan.energy.zone.GridZoneService;

/** REST resource of a zone's net headroom on a date (docs/api-contracts.md). */
@Path("/api/v1/grid-zones/{code}/headroom")
@Tag(name = "Grid zones")
@Produces(MediaType.APPLICATION_JSON)
public class HeadroomResource {

    private final GridZoneService zones;
    private final HeadroomService headroom;

    public HeadroomResource(GridZoneService zones, HeadroomService headroom) {
        this.zones = zones;
        this.headroom = headroom;
    }

    @GET
    @RolesAllowed("viewer")
    @Operation(operationId = "getGridZoneHeadroom", summary = "Net headroom of a zone on a date",
            description = "headroomMw = baseHeadroomMw + upgrades online by asOf (not CANCELLED) - contracted MW"
                    + " of the zone's power supplies.")
    @APIResponse(responseCode = "200", description = "The headroom and the upgrades counted")
    @APIResponse(responseCode = "404", description = "No such grid zone")
    public HeadroomDto get(@PathParam("code") String code,
            @QueryParam("asOf") @Parameter(description = "Date of the answer (UTC); today when absent",
                    example = "2027-01-01") LocalDate asOf) {
        return headroom.headroom(zones.find(code), asOf == null ? LocalDate.now(ZoneOffset.UTC) : asOf);
    }
}
