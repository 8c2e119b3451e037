package org.sovplan.placement.problem;

/** Why an option (site × accelerator model) cannot host a workload, before any other workload is placed. */
public enum Rule {
    SITE_DECOMMISSIONED("the site is decommissioned"),
    SOVEREIGNTY("the site's sovereignty level is too low"),
    JURISDICTION("the site is outside the allowed jurisdictions"),
    MODEL("the accelerator model is not allowed"),
    MODEL_UNKNOWN("the accelerator model is not in the catalogue"),
    AVAILABILITY("the site is not available by the start date"),
    ZONE_UNKNOWN("energy-service does not know the site's grid zone"),
    CARBON("the grid is more carbon-intensive than allowed"),
    USERS_REGION_UNKNOWN("the users' region has no known coordinates"),
    LATENCY("the site is too far from the users"),
    TOO_SMALL("free GPUs, IT power or grid headroom are too small even for this workload alone");

    private final String description;

    Rule(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }
}
