package org.sovplan.placement.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import org.sovplan.placement.problem.PlanningInputs;
import org.sovplan.placement.problem.PlanningInputs.GeoPoint;
import org.sovplan.placement.problem.PlanningInputs.PoolInput;
import org.sovplan.placement.problem.PlanningInputs.SiteInput;
import org.sovplan.placement.problem.PlanningInputs.ZoneInput;
import org.sovplan.placement.problem.PlanningProblem;
import org.sovplan.placement.problem.Weights;
import org.sovplan.placement.problem.WorkloadDemand;
import org.sovplan.placement.sizing.AcceleratorSpec;
import org.sovplan.placement.sizing.WorkloadSpec;
import org.sovplan.placement.workload.Precision;
import org.sovplan.placement.workload.WorkloadType;

/**
 * Seeded synthetic planning problems: countries with one grid zone each, sites with pools of
 * real accelerator models (public datasheet figures), and a workload mix of training runs,
 * fine-tunes, LLM/SLM and edge inference with sovereignty, jurisdiction and latency rules.
 */
final class SyntheticInstance {

    static final List<AcceleratorSpec> MODELS = List.of(
            new AcceleratorSpec("NVIDIA_H100_SXM", 80.0, 3.35, 700.0, 989.0, 1979.0, 30000.0),
            new AcceleratorSpec("NVIDIA_A100_SXM", 80.0, 2.039, 400.0, 312.0, null, 15000.0),
            new AcceleratorSpec("NVIDIA_L40S", 48.0, 0.864, 350.0, 362.0, 733.0, 8000.0),
            new AcceleratorSpec("NVIDIA_L4", 24.0, 0.3, 72.0, 121.0, 242.0, 2500.0));

    private SyntheticInstance() {
    }

    static PlanningProblem generate(int siteCount, int workloadCount, long seed) {
        return generate(siteCount, workloadCount, seed, 1.0, 1.0, 0.5);
    }

    /**
     * A contended instance: the same mix on sites with a fraction of the capacity, so that demand
     * exceeds supply, and with fewer home-only workloads, so that candidate lists overlap more.
     */
    static PlanningProblem contended(int siteCount, int workloadCount, long seed) {
        return generate(siteCount, workloadCount, seed, CONTENDED_SITES, CONTENDED_ZONES, 0.25);
    }

    /** Share of the regular pools and site power a contended instance has. */
    static final double CONTENDED_SITES = 0.02;

    /** Share of the regular grid headroom a contended instance has: the zones bind first. */
    static final double CONTENDED_ZONES = 0.02;

    /**
     * @param supply multiplier of every pool's GPUs and site's IT power
     * @param zoneSupply multiplier of every zone's headroom
     * @param localShare share of workloads that may run only in their home country
     */
    static PlanningProblem generate(int siteCount, int workloadCount, long seed, double supply, double zoneSupply,
            double localShare) {
        Random random = new Random(seed);
        int countryCount = Math.max(4, siteCount / 10);
        List<String> countries = new ArrayList<>();
        Map<String, GeoPoint> centroids = new LinkedHashMap<>();
        Map<String, ZoneInput> zones = new LinkedHashMap<>();
        for (int c = 0; c < countryCount; c++) {
            String code = "C" + c;
            countries.add(code);
            centroids.put(code, new GeoPoint(-35 + random.nextDouble() * 70, -20 + random.nextDouble() * 70));
        }
        List<SiteInput> sites = new ArrayList<>();
        Map<String, Double> zoneLoadMw = new LinkedHashMap<>();
        for (int s = 0; s < siteCount; s++) {
            String country = countries.get(random.nextInt(countryCount));
            GeoPoint centre = centroids.get(country);
            double itMw = 2 + random.nextDouble() * 20;
            double pue = 1.1 + random.nextDouble() * 0.5;
            List<PoolInput> pools = new ArrayList<>();
            for (AcceleratorSpec m : MODELS) {
                if (random.nextDouble() < 0.45) {
                    int fit = (int) (itMw * 1e6 / (m.tdpWatts() * 1.5) / 2);
                    int installed = Math.max(supply < 1 ? 2 : 8, (int) (supply * fit * (0.2 + random.nextDouble() * 0.6)));
                    pools.add(new PoolInput(m.code(), installed, installed));
                }
            }
            if (pools.isEmpty()) {
                pools.add(new PoolInput("NVIDIA_L4", 64, 64));
            }
            LocalDate from = random.nextDouble() < 0.15 ? LocalDate.of(2028, 1 + random.nextInt(12), 1) : null;
            sites.add(new SiteInput(new UUID(seed, s), "Site-" + s, country, country, random.nextInt(5), "COLOCATION",
                    "OPERATIONAL", from, itMw * supply, pue, country, centre.lat() + random.nextGaussian() * 2,
                    centre.lon() + random.nextGaussian() * 2, pools));
            zoneLoadMw.merge(country, itMw * supply * pue, Double::sum);
        }
        for (String country : countries) {
            double load = zoneLoadMw.getOrDefault(country, 0.0);
            zones.put(country, new ZoneInput(country, 30 + random.nextDouble() * 770, 40 + random.nextDouble() * 160,
                    zoneSupply * load * (0.3 + random.nextDouble() * 0.6)));
        }
        List<WorkloadDemand> workloads = new ArrayList<>();
        for (int w = 0; w < workloadCount; w++) {
            workloads.add(workload(w, random, countries, seed, localShare));
        }
        Map<String, AcceleratorSpec> models = new LinkedHashMap<>();
        MODELS.forEach(m -> models.put(m.code(), m));
        return new PlanningProblem(workloads, new PlanningInputs(sites, models, zones, centroids), Weights.DEFAULT,
                LocalDate.of(2027, 1, 1));
    }

    private static WorkloadDemand workload(int index, Random random, List<String> countries, long seed,
            double localShare) {
        String home = countries.get(random.nextInt(countries.size()));
        double roll = random.nextDouble();
        WorkloadSpec spec;
        if (roll < 0.1) {
            spec = new WorkloadSpec(WorkloadType.TRAINING, 1 + random.nextInt(13), Precision.BF16,
                    20.0 + random.nextInt(200), 14.0 + random.nextInt(60), 0.4, null);
        } else if (roll < 0.2) {
            spec = new WorkloadSpec(WorkloadType.FINE_TUNING, 1 + random.nextInt(30), Precision.BF16,
                    1.0 + random.nextInt(20), 3.0 + random.nextInt(14), 0.35, null);
        } else if (roll < 0.55) {
            spec = new WorkloadSpec(WorkloadType.LLM_INFERENCE, 7 + random.nextInt(64),
                    random.nextBoolean() ? Precision.BF16 : Precision.FP8, null, null, null, 200.0 + random.nextInt(3000));
        } else if (roll < 0.85) {
            spec = new WorkloadSpec(WorkloadType.SLM_INFERENCE, 1 + random.nextInt(8), Precision.INT8, null, null, null,
                    100.0 + random.nextInt(2000));
        } else {
            spec = new WorkloadSpec(WorkloadType.EDGE_INFERENCE, 1 + random.nextInt(3), Precision.INT4, null, null, null,
                    20.0 + random.nextInt(200));
        }
        boolean local = random.nextDouble() < localShare;
        boolean latencyBound = !spec.type().isTraining() && random.nextDouble() < 0.3;
        Set<String> models = random.nextDouble() < 0.2 ? Set.of(MODELS.get(random.nextInt(2)).code()) : Set.of();
        return new WorkloadDemand(new UUID(seed + 1, index), "W-" + index, home, spec, 1 + random.nextInt(10),
                random.nextInt(4), local ? Set.of(home) : Set.of(), models, spec.type().isTraining() ? null : home,
                latencyBound ? 40.0 + random.nextInt(80) : null, null, null);
    }
}
