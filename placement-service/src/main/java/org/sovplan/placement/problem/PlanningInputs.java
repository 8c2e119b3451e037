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
 * @param zones every grid zone energy-service knows, with headroom by the horizon date (new sites may go there)
 * @param userRegions centroids of the users' regions that workloads name; a region missing here is unknown
 * @param regionNames names of the regions of sites and workloads, by code, for people; a code missing here is shown as is
 */
public record PlanningInputs(List<SiteInput> sites, Map<String, AcceleratorSpec> models, Map<String, ZoneInput> zones,
        Map<String, GeoPoint> userRegions, Map<String, String> regionNames) {

    public PlanningInputs(List<SiteInput> sites, Map<String, AcceleratorSpec> models, Map<String, ZoneInput> zones,
            Map<String, GeoPoint> userRegions) {
        this(sites, models, zones, userRegions, Map.of());
    }

    /** A region's name, else its code. */
    public String regionName(String code) {
        return code == null ? null : regionNames.getOrDefault(code, code);
    }

    /**
     * A site with its pools. {@code type} and {@code status} as capacity-service writes them.
     *
     * @param availableItMw IT capacity not yet reserved, MW
     */
    public record SiteInput(UUID id, String name, String regionCode, String jurisdiction, int sovereigntyLevel,
            String type, String status, LocalDate availableFrom, double availableItMw, double pue, String gridZoneCode,
            double lat, double lon, List<PoolInput> pools) {
    }

    /** Accelerators of one model at a site. */
    public record PoolInput(String modelCode, int installed, int available) {
    }

    /**
     * A grid zone: carbon and price of its electricity, and the headroom by the horizon date.
     *
     * @param estimated whether energy-service marks its figures as estimates
     * @param source where its figures come from
     */
    public record ZoneInput(String code, String countryCode, double carbonGPerKwh, double priceUsdPerMwh,
            double headroomMw, boolean estimated, String source) {

        /** A zone whose country is its code, figures not marked as estimates. */
        public ZoneInput(String code, double carbonGPerKwh, double priceUsdPerMwh, double headroomMw) {
            this(code, code, carbonGPerKwh, priceUsdPerMwh, headroomMw, false, null);
        }
    }

    /** A point on Earth, degrees. */
    public record GeoPoint(double lat, double lon) {
    }
}
