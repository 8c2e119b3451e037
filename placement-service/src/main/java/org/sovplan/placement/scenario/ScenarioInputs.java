package org.sovplan.placement.scenario;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.sovplan.placement.problem.PlanningInputs.GeoPoint;
import org.sovplan.placement.sizing.AcceleratorSpec;

/**
 * What a scenario reads from capacity-service and energy-service when a run starts: the sites with
 * their pools, the accelerator catalogue, each zone's price, carbon and headroom by year, and the
 * centroids of the regions whose users a line serves.
 */
public record ScenarioInputs(List<SiteFacts> sites, List<AcceleratorSpec> models, Map<String, ZoneFacts> zones,
        Map<String, GeoPoint> regions) {

    /**
     * A site as capacity-service knows it.
     *
     * @param maxItMw the site's expansion potential, when recorded
     * @param installedGpus accelerators installed, by model code
     * @param type HYPERSCALE, COLOCATION, SOVEREIGN_CLOUD, ENTERPRISE or EDGE (null when unknown)
     */
    public record SiteFacts(UUID id, String name, String regionCode, String jurisdiction, int sealLevel, String status,
            LocalDate availableFrom, double itCapacityMw, Double maxItMw, double pue, String gridZoneCode, double lat,
            double lon, Map<String, Integer> installedGpus, String type) {

        public boolean isEdge() {
            return "EDGE".equals(type);
        }
    }

    /**
     * A grid zone: energy price, lifecycle carbon intensity, headroom for new load on 1 January of
     * each year, and the candidate upgrades energy-service records for it (none: the configured unit cost applies).
     */
    public record ZoneFacts(String code, double priceUsdPerMwh, double carbonGPerKwh, Map<Integer, Double> headroomMwByYear,
            List<UpgradeCandidate> upgradeCandidates) {

        public ZoneFacts(String code, double priceUsdPerMwh, double carbonGPerKwh, Map<Integer, Double> headroomMwByYear) {
            this(code, priceUsdPerMwh, carbonGPerKwh, headroomMwByYear, List.of());
        }
    }

    /** A grid upgrade a zone could build: most MW, capex per MW, whole years from decision to service, source. */
    public record UpgradeCandidate(String name, double maxMw, double capexUsdPerMw, int leadTimeYears, String source) {
    }
}
