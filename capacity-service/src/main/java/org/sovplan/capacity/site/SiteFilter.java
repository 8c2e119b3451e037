package org.sovplan.capacity.site;

import java.time.LocalDate;

import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.sovplan.common.domain.SovereigntyLevel;

/** The filters of the site list; all optional, combined with AND. */
public class SiteFilter {

    @QueryParam("regionCode")
    @Pattern(regexp = "^[A-Z]{2}(-[A-Z0-9]{1,3})?$", message = "must be an ISO 3166 code")
    @Parameter(description = "Sites in this region; a country code includes its subdivisions", example = "KE")
    public String regionCode;

    @QueryParam("status")
    @Parameter(description = "Life-cycle status")
    public SiteStatus status;

    @QueryParam("type")
    @Parameter(description = "Kind of facility")
    public SiteType type;

    @QueryParam("minSovereigntyLevel")
    @Parameter(description = "At least this sovereignty level, e.g. SEAL-2", example = "SEAL-2")
    public SovereigntyLevel minSovereigntyLevel;

    @QueryParam("gridZoneCode")
    @Parameter(description = "Sites connected to this grid zone", example = "KE")
    public String gridZoneCode;

    @QueryParam("acceleratorModel")
    @Parameter(description = "Sites with this accelerator model installed", example = "NVIDIA_H100_SXM")
    public String acceleratorModel;

    @QueryParam("availableBy")
    @Parameter(description = "Sites operational by this date (not decommissioned, availableFrom on or before it)",
            example = "2027-01-01")
    public LocalDate availableBy;
}
