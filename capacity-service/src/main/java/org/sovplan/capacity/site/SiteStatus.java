package org.sovplan.capacity.site;

/** Where a site is in its life. Only OPERATIONAL sites (by their availableFrom date) count as capacity "as of" a date. */
public enum SiteStatus {
    PLANNED, UNDER_CONSTRUCTION, OPERATIONAL, DECOMMISSIONED
}
