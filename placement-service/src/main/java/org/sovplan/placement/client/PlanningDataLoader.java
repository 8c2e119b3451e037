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
import org.sovplan.placement.problem.PlanningInputs;
import org.sovplan.placement.problem.PlanningInputs.GeoPoint;
import org.sovplan.placement.problem.PlanningInputs.PoolInput;
import org.sovplan.placement.problem.PlanningInputs.SiteInput;
import org.sovplan.placement.problem.PlanningInputs.ZoneInput;
import org.sovplan.placement.problem.WorkloadDemand;
import org.sovplan.placement.sizing.AcceleratorSpec;

/**
 * Reads a plan's inputs from capacity-service (sites with pools, the accelerator catalogue,
 * users' region centroids) and energy-service (zones, headroom as of the horizon date). A zone
 * or region the services do not know is an answer (the workloads that need it stay unplaced,
 * with that reason); a service that does not answer is a 503.
 */
@ApplicationScoped
public class PlanningDataLoader implements PlanningDataSource {

    static final String CAPACITY = "capacity-service";
    static final String ENERGY = "energy-service";

    private final CapacityClient capacity;
    private final EnergyClient energy;

    public PlanningDataLoader(CapacityClient capacity, EnergyClient energy) {
        this.capacity = capacity;
        this.energy = energy;
    }

    @Override
    public PlanningInputs load(List<WorkloadDemand> workloads, LocalDate horizonDate) {
        List<SiteView> sites = call(CAPACITY, capacity::sites);
        Map<String, AcceleratorSpec> models = new LinkedHashMap<>();
        for (AcceleratorModelView m : call(CAPACITY, capacity::models)) {
            models.put(m.code(), m.toSpec());
        }
        Map<String, GeoPoint> regions = userRegions(workloads);
        Map<String, ZoneInput> zones = zones(sites, horizonDate);
        List<SiteInput> inputs = sites.stream().filter(s -> s.pools() != null && !s.pools().isEmpty())
                .map(PlanningDataLoader::site).toList();
        return new PlanningInputs(inputs, models, zones, regions);
    }

    private Map<String, ZoneInput> zones(List<SiteView> sites, LocalDate horizonDate) {
        Map<String, GridZoneView> known = new HashMap<>();
        call(ENERGY, energy::zones).forEach(z -> known.put(z.code(), z));
        Set<String> used = new LinkedHashSet<>();
        sites.stream().map(SiteView::gridZoneCode).filter(Objects::nonNull).forEach(used::add);
        Map<String, ZoneInput> zones = new LinkedHashMap<>();
        for (String code : used) {
            GridZoneView zone = known.get(code);
            if (zone == null) {
                continue;
            }
            double headroom = call(ENERGY, () -> energy.headroom(code, horizonDate))
                    .map(h -> h.headroomMw() == null ? 0.0 : h.headroomMw())
                    .orElse(zone.headroomMw() == null ? 0.0 : zone.headroomMw());
            zones.put(code, new ZoneInput(code, orZero(zone.carbonIntensityGPerKwh()), orZero(zone.priceUsdPerMwh()),
                    headroom));
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

    private static SiteInput site(SiteView s) {
        List<PoolInput> pools = s.pools().stream()
                .map(p -> new PoolInput(p.modelCode(), p.installed(), Math.max(0, p.available()))).toList();
        return new SiteInput(s.id(), s.name(), s.regionCode(), s.jurisdiction(), s.sealNumber(), s.status(),
                s.availableFrom(), s.availableItMw() != null ? s.availableItMw() : orZero(s.itCapacityMw()),
                s.pue() == null ? 1.5 : s.pue(), s.gridZoneCode(), orZero(s.lat()), orZero(s.lon()), pools);
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
