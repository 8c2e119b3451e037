package org.sovplan.capacity.summary;

import java.time.LocalDate;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.sovplan.capacity.region.RegionDto;

@Path("/api/v1/capacity")
@Tag(name = "Capacity", description = "A region's capacity at a glance")
@Produces(MediaType.APPLICATION_JSON)
public class CapacitySummaryResource {

    private final CapacitySummaryService service;

    public CapacitySummaryResource(CapacitySummaryService service) {
        this.service = service;
    }

    @GET
    @Path("summary")
    @RolesAllowed("viewer")
    @Operation(operationId = "getCapacitySummary", summary = "Capacity totals per country",
            description = "Sites, IT MW (total, by status, reserved, available) and accelerators by model, per country "
                    + "(sites of subdivisions count for their country) and in total. Without asOf every site not "
                    + "decommissioned counts; with asOf only those operational by that date.")
    @APIResponse(responseCode = "200", description = "The summary")
    @APIResponse(responseCode = "422", description = "Unknown region")
    public CapacitySummaryDto.Response summary(
            @QueryParam("regionCode") @Pattern(regexp = RegionDto.CODE_PATTERN, message = "must be an ISO 3166 code")
            @Parameter(description = "Only this country (with its subdivisions) or subdivision", example = "KE") String regionCode,
            @QueryParam("asOf") @Parameter(description = "Only sites operational by this date", example = "2027-01-01")
            LocalDate asOf) {
        return service.summarise(regionCode, asOf);
    }
}
