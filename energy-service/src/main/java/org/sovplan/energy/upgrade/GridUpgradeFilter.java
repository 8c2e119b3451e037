package org.sovplan.energy.upgrade;

import java.time.LocalDate;

import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The filters of the grid-upgrade list; all optional, combined with AND. */
public class GridUpgradeFilter {

    @QueryParam("zoneCode")
    @Parameter(description = "Upgrades of this grid zone", example = "KE")
    public String zoneCode;

    @QueryParam("status")
    @Parameter(description = "Life-cycle status")
    public GridUpgradeStatus status;

    @QueryParam("onlineBy")
    @Parameter(description = "Upgrades expected online on or before this date, CANCELLED excluded",
            example = "2027-01-01")
    public LocalDate onlineBy;
}
