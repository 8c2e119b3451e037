package org.sovplan.placement.client;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import org.sovplan.placement.client.CapacityViews.AcceleratorModelView;
import org.sovplan.placement.client.CapacityViews.RegionView;
import org.sovplan.placement.client.CapacityViews.SiteView;
import org.sovplan.placement.client.EnergyViews.GridZoneView;
import org.sovplan.placement.config.PlacementConfig;
import org.sovplan.placement.problem.PlanningDataSource;
import org.sovplan.placement.problem.PlanningInputs;
import org.sovplan.placement.problem.PlanningInputs.GeoPoint;
import org.sovplan.placement.problem.PlanningInputs.PoolInput;
import org.sovplan.placement.problem.PlanningInputs.SiteInput;
import org.sovplan.placement.problem.PlanningInputs.ZoneInput;
import org.sovplan.placement.problem.WorkloadDemand;
import org.sovplan.placement.sizing.AcceleratorSpec;

/**
 * Reads a plan's inputs from capacity-service (sites with their pools, the accelerator catalogue,
 * region names, users' region centroids) and energy-service (every zone, headroom as of the
 * horizon date). A zone
 * or region the services do not know is an answer (the workloads that need it stay unplaced,
 * with that reason); a service that does not answer is a 503.
 */
@ApplicationScoped
public class PlanningDataLoader implements PlanningDataSource {

    static final String CAPACITY = "capacity-service";
    static final String ENERGY = "energy-service";

    private final CapacityClient capacity;
    private final EnergyClient energy;
    private final double defaultPue;

    public PlanningDataLoader(CapacityClient capacity, EnergyClient energy, PlacementConfig config) {
        this.capacity = capacity;
        this.energy = energy;
        this.defaultPue = config.sizing().defaultPue();
    }

    @Override
    public PlanningInputs load(List<WorkloadDemand> workloads, LocalDate horizonDate) {
        List<SiteView> sites = call(CAPACITY, capacity::sites);
        Map<String, AcceleratorSpec> models = new LinkedHashMap<>();
        for (AcceleratorModelView m : call(CAPACITY, capacity::models)) {
            models.put(m.code(), m.toSpec());
        }
        Map<String, GeoPoint> regions = userRegions(workloads);
        Map<String, ZoneInput> zones = zones(horizonDate);
        List<SiteInput> inputs = sites.stream().map(this::site).toList();
        Map<String, String> names = new HashMap<>();
        call(CAPACITY, capacity::regions).forEach(r -> names.put(r.code(), r.name()));
        return new PlanningInputs(inputs, models, zones, regions, names);
    }

    /**
     * Every zone energy-service knows, with its headroom as of the horizon date: sites use some,
     * and a new site may go to any of them.
     */
    private Map<String, ZoneInput> zones(LocalDate horizonDate) {
        Map<String, ZoneInput> zones = new LinkedHashMap<>();
        for (GridZoneView zone : call(ENERGY, energy::zones)) {
            String code = zone.code();
            double headroom = call(ENERGY, () -> energy.headroom(code, horizonDate))
                    .map(h -> h.headroomMw() == null ? 0.0 : h.headroomMw())
                    .orElse(zone.headroomMw() == null ? 0.0 : zone.headroomMw());
            zones.put(code, new ZoneInput(code, zone.countryCode() == null ? code : zone.countryCode(),
                    orZero(zone.carbonIntensityGPerKwh()), orZero(zone.priceUsdPerMwh()), headroom,
                    zone.estimated() == null || zone.estimated(), zone.source()));
        }
        return zones;
    }

    private Map<String, GeoPoint> userRegions(List<WorkloadDemand> workloads) {
        Map<String, GeoPoint> points = new HashMap<>();
        Set<String> codes = new LinkedHashSet<>();
        workloads.stream().map(WorkloadDemand::userRegionCode).filter(Objects::nonNull).forEach(codes::add);
        for (String code : codes) {
            RegionView region = call(CAPACITY, () -> capacity.region(code)).orElse(null);
            if (region != null && (region.lat() == null || region.lon() == null) && region.parentCode() != null) {
                String parent = region.parentCode();
                region = call(CAPACITY, () -> capacity.region(parent)).orElse(null);
            }
            if (region != null && region.lat() != null && region.lon() != null) {
                points.put(code, new GeoPoint(region.lat(), region.lon()));
            }
        }
        return points;
    }

    /** A site with its pools (none when it has no accelerators yet); an unstated PUE is the configured default. */
    private SiteInput site(SiteView s) {
        List<PoolInput> pools = s.pools() == null ? List.of() : s.pools().stream()
                .map(p -> new PoolInput(p.modelCode(), p.installed(), Math.max(0, p.available()))).toList();
        return new SiteInput(s.id(), s.name(), s.regionCode(), s.jurisdiction(), s.sealNumber(), s.type(), s.status(),
                s.availableFrom(), s.availableItMw() != null ? s.availableItMw() : orZero(s.itCapacityMw()),
                s.pue() == null ? defaultPue : s.pue(), s.gridZoneCode(), orZero(s.lat()), orZero(s.lon()), pools);
    }

    private static double orZero(Double v) {
        return v == null ? 0 : v;
    }

    private static <T> T call(String service, java.util.function.Supplier<T> call) {
        try {
            return call.get();
        } catch (RuntimeException e) {
            throw Dependencies.unavailable(service, e);
        }
    }
}
