package org.sovplan.energy.quote;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** REST resource of energy quotes. */
@Path("/api/v1/energy-quotes")
@Tag(name = "Energy quotes", description = "What X MW for Y hours would cost and emit, and the best window")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class QuoteResource {

    private final QuoteService service;

    public QuoteResource(QuoteService service) {
        this.service = service;
    }

    @POST
    @RolesAllowed("viewer")
    @Operation(operationId = "quoteEnergy", summary = "Price a load in a zone or at a site",
            description = "Energy (MWh), cost (USD) and emissions (tCO2e) hour by hour from the zone's series, typical"
                    + " profile (by UTC month and hour) or flat annual figures; on-site renewables net the site's load."
                    + " With earliestStart and latestEnd, also the best start by carbon and by cost. A load above the"
                    + " zone's net headroom is answered with withinHeadroom=false and a warning. Nothing is reserved.")
    @APIResponse(responseCode = "200", description = "The quote")
    @APIResponse(responseCode = "422", description = "Unknown zone, site without power supply, window too short"
            + " or not containing the requested run")
    public QuoteDto.Response quote(@Valid @NotNull QuoteDto.Request request) {
        return service.quote(request);
    }
}
