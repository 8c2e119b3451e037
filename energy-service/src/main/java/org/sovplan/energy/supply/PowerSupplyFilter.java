package org.sovplan.energy.supply;

import java.util.UUID;

import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The filters of the power-supply list; all optional, combined with AND. */
public class PowerSupplyFilter {

    @QueryParam("siteId")
    @Parameter(description = "The supply of this capacity-service site")
    public UUID siteId;

    @QueryParam("zoneCode")
    @Parameter(description = "Supplies connected to this grid zone", example = "KE")
    public String zoneCode;
}
