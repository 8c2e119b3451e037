package org.sovplan.placement.problem;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.sovplan.placement.sizing.AcceleratorSpec;

/**
 * What capacity-service and energy-service said, in plain objects: the input of a plan besides
 * its workloads. Built by {@code PlanningDataLoader}, or by hand in tests and benchmarks.
 *
 * @param userRegions centroids of the users' regions that workloads name; a region missing here is unknown
 */
public record PlanningInputs(List<SiteInput> sites, Map<String, AcceleratorSpec> models, Map<String, ZoneInput> zones,
        Map<String, GeoPoint> userRegions) {

    /** A site with its pools. {@code status} as capacity-service writes it. */
    public record SiteInput(UUID id, String name, String regionCode, String jurisdiction, int sovereigntyLevel,
            String status, LocalDate availableFrom, double availableItMw, double pue, String gridZoneCode, double lat,
            double lon, List<PoolInput> pools) {
    }

    /** Accelerators of one model at a site. */
    public record PoolInput(String modelCode, int installed, int available) {
    }

    /** A grid zone: carbon and price of its electricity, and the headroom by the horizon date. */
    public record ZoneInput(String code, double carbonGPerKwh, double priceUsdPerMwh, double headroomMw) {
    }

    /** A point on Earth, degrees. */
    public record GeoPoint(double lat, double lon) {
    }
}
