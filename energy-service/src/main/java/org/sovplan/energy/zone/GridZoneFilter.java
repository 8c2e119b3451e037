package org.sovplan.energy.zone;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The filters of the grid-zone list; all optional, combined with AND. */
public class GridZoneFilter {

    @QueryParam("countryCode")
    @Pattern(regexp = GridZoneDto.COUNTRY_PATTERN, message = GridZoneDto.COUNTRY_MESSAGE)
    @Parameter(description = "Zones of this country", example = "KE")
    public String countryCode;

    @QueryParam("maxCarbonGPerKwh")
    @DecimalMin(value = "0", message = "must be 0 or more")
    @Parameter(description = "Zones whose annual carbon intensity is at most this", example = "200")
    public Double maxCarbonGPerKwh;

    @QueryParam("minHeadroomMw")
    @DecimalMin(value = "0", message = "must be 0 or more")
    @Parameter(description = "Zones whose recorded headroomMw is at least this (before upgrades and contracts)",
            example = "50")
    public Double minHeadroomMw;
}
