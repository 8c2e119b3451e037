package org.sovplan.placement.solver;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A site as the solver sees it.
 *
 * @param type HYPERSCALE, COLOCATION, SOVEREIGN_CLOUD, ENTERPRISE or EDGE, as capacity-service writes it
 * @param status OPERATIONAL, PLANNED, UNDER_CONSTRUCTION or DECOMMISSIONED
 * @param availableItWatts IT power not yet reserved, whole watts
 * @param availableFrom first day the site can host workloads (null: already available)
 */
public record Site(UUID id, String name, String regionCode, String jurisdiction, int sovereigntyLevel, String type,
        String status, LocalDate availableFrom, long availableItWatts, double pue, GridZone zone, double lat,
        double lon) {

    /** Whether the site is available on the given day. */
    public boolean availableBy(LocalDate date) {
        return availableFrom == null || date == null || !availableFrom.isAfter(date);
    }

    /** Whether it is an edge site (a cabinet or room at the edge), not a data centre. */
    public boolean isEdge() {
        return "EDGE".equals(type);
    }

    @Override
    public String toString() {
        return name;
    }
}
