package org.sovplan.placement.client;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;

import org.sovplan.placement.client.CapacityViews.RegionView;
import org.sovplan.placement.client.CapacityViews.SiteView;
import org.sovplan.placement.client.EnergyViews.GridZoneView;
import org.sovplan.placement.config.PlacementConfig;
import org.sovplan.placement.problem.PlanningInputs.GeoPoint;
import org.sovplan.placement.scenario.ScenarioDataSource;
import org.sovplan.placement.scenario.ScenarioInputs;
import org.sovplan.placement.scenario.ScenarioInputs.SiteFacts;
import org.sovplan.placement.scenario.ScenarioInputs.ZoneFacts;
import org.sovplan.placement.sizing.AcceleratorSpec;

/**
 * Reads a scenario's inputs through the existing clients: every site with its pools and the
 * accelerator catalogue from capacity-service; from energy-service each used zone's price, carbon
 * and headroom as of 1 January of every year of the horizon (planned upgrades online by then count),
 * and its candidate upgrades (capex per MW, MW, lead time).
 * A zone or region the services do not know is an answer; a service that does not answer is a 503.
 */
@ApplicationScoped
public class ScenarioDataLoader implements ScenarioDataSource {

    private final CapacityClient capacity;
    private final EnergyClient energy;
    private final PlacementConfig config;

    public ScenarioDataLoader(CapacityClient capacity, EnergyClient energy, PlacementConfig config) {
        this.capacity = capacity;
        this.energy = energy;
        this.config = config;
    }

    @Override
    public ScenarioInputs load(String regionCode, int firstYear, int lastYear, Set<String> userRegions) {
        List<SiteView> sites = call(PlanningDataLoader.CAPACITY, capacity::sites).stream()
                .filter(s -> !"DECOMMISSIONED".equals(s.status())).toList();
        List<AcceleratorSpec> models = call(PlanningDataLoader.CAPACITY, capacity::models).stream()
                .filter(m -> m.memoryGb() != null && m.memoryBandwidthTbps() != null && m.tdpWatts() != null
                        && m.bf16DenseTflops() != null)
                .map(CapacityViews.AcceleratorModelView::toSpec).toList();
        Map<String, GridZoneView> known = new HashMap<>();
        call(PlanningDataLoader.ENERGY, energy::zones).forEach(z -> known.put(z.code(), z));
        Set<String> used = new LinkedHashSet<>();
        sites.stream().map(SiteView::gridZoneCode).filter(Objects::nonNull).forEach(used::add);
        Map<String, ZoneFacts> zones = new LinkedHashMap<>();
        for (String code : used) {
            GridZoneView zone = known.get(code);
            if (zone != null) {
                zones.put(code, zone(zone, firstYear, lastYear));
            }
        }
        Set<String> regions = new LinkedHashSet<>(userRegions);
        regions.add(regionCode);
        Map<String, GeoPoint> centroids = new HashMap<>();
        regions.forEach(code -> centroid(code).ifPresent(p -> centroids.put(code, p)));
        return new ScenarioInputs(sites.stream().map(this::site).toList(), models, zones, centroids);
    }

    private ZoneFacts zone(GridZoneView zone, int firstYear, int lastYear) {
        Map<Integer, Double> headroom = new TreeMap<>();
        double base = zone.headroomMw() == null ? 0 : zone.headroomMw();
        for (int year = firstYear; year <= lastYear; year++) {
            LocalDate asOf = LocalDate.of(year, 1, 1);
            headroom.put(year, call(PlanningDataLoader.ENERGY, () -> energy.headroom(zone.code(), asOf))
                    .map(h -> h.headroomMw() == null ? 0.0 : h.headroomMw()).orElse(base));
        }
        List<ScenarioInputs.UpgradeCandidate> candidates = call(PlanningDataLoader.ENERGY,
                () -> energy.upgradeCandidates(zone.code())).stream()
                .filter(c -> c.maxMw() != null && c.maxMw() > 0 && c.capexUsdPerMw() != null && c.leadTimeYears() != null)
                .map(c -> new ScenarioInputs.UpgradeCandidate(c.name(), c.maxMw(), c.capexUsdPerMw(), c.leadTimeYears(),
                        c.source()))
                .toList();
        return new ZoneFacts(zone.code(), orZero(zone.priceUsdPerMwh()), orZero(zone.carbonIntensityGPerKwh()),
                headroom, candidates);
    }

    private java.util.Optional<GeoPoint> centroid(String code) {
        RegionView region = call(PlanningDataLoader.CAPACITY, () -> capacity.region(code)).orElse(null);
        if (region != null && (region.lat() == null || region.lon() == null) && region.parentCode() != null) {
            String parent = region.parentCode();
            region = call(PlanningDataLoader.CAPACITY, () -> capacity.region(parent)).orElse(null);
        }
        return region == null || region.lat() == null || region.lon() == null ? java.util.Optional.empty()
                : java.util.Optional.of(new GeoPoint(region.lat(), region.lon()));
    }

    private SiteFacts site(SiteView s) {
        Map<String, Integer> gpus = new LinkedHashMap<>();
        if (s.pools() != null) {
            s.pools().forEach(p -> gpus.merge(p.modelCode(), p.installed(), Integer::sum));
        }
        return new SiteFacts(s.id(), s.name(), s.regionCode(), s.jurisdiction(), s.sealNumber(), s.status(),
                s.availableFrom(), orZero(s.itCapacityMw()), s.maxItMw(),
                s.pue() == null ? config.investment().newSitePue() : s.pue(), s.gridZoneCode(), orZero(s.lat()),
                orZero(s.lon()), gpus, s.type());
    }

    private static double orZero(Double v) {
        return v == null ? 0 : v;
    }

    private static <T> T call(String service, Supplier<T> call) {
        try {
            return call.get();
        } catch (RuntimeException e) {
            throw Dependencies.unavailable(service, e);
        }
    }
}
