package org.sovplan.placement.solver;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A site as the solver sees it.
 *
 * @param availableItKw IT power not yet reserved, kW
 * @param availableFrom first day the site can host workloads (null: already available)
 */
public record Site(UUID id, String name, String regionCode, String jurisdiction, int sovereigntyLevel,
        LocalDate availableFrom, long availableItKw, double pue, GridZone zone, double lat, double lon) {

    /** Whether the site is available on the given day. */
    public boolean availableBy(LocalDate date) {
        return availableFrom == null || date == null || !availableFrom.isAfter(date);
    }

    @Override
    public String toString() {
        return name;
    }
}
