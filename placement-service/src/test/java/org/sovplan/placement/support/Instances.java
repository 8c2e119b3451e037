package org.sovplan.placement.support;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
import org.sovplan.placement.sizing.AcceleratorClass;
import org.sovplan.placement.sizing.AcceleratorSpec;
import org.sovplan.placement.sizing.WorkloadSpec;
import org.sovplan.placement.workload.Precision;
import org.sovplan.placement.workload.WorkloadType;

/** Test-data builders for planning problems: sites, zones, models and workloads by hand. */
public final class Instances {

    /** A simple accelerator: 1 kW TDP, 100 GB, 1000 TFLOPS, $10,000 — round numbers for hand checks. */
    public static final AcceleratorSpec GPU_X = new AcceleratorSpec("GPU_X", 100.0, 2.0, 1000.0, 1000.0, null, 10000.0,
            AcceleratorClass.TRAINING, false);
    public static final AcceleratorSpec GPU_Y = new AcceleratorSpec("GPU_Y", 100.0, 2.0, 1000.0, 1000.0, null, 20000.0,
            AcceleratorClass.TRAINING, false);

    private final List<SiteInput> sites = new ArrayList<>();
    private final Map<String, AcceleratorSpec> models = new LinkedHashMap<>();
    private final Map<String, ZoneInput> zones = new LinkedHashMap<>();
    private final Map<String, GeoPoint> regions = new LinkedHashMap<>();
    private final List<WorkloadDemand> workloads = new ArrayList<>();
    private Weights weights = Weights.DEFAULT;
    private LocalDate horizon = LocalDate.of(2027, 1, 1);
    private LocalDate today = LocalDate.of(2026, 6, 1);

    public static Instances create() {
        Instances i = new Instances();
        i.models.put(GPU_X.code(), GPU_X);
        i.models.put(GPU_Y.code(), GPU_Y);
        return i;
    }

    public Instances zone(String code, double carbon, double price, double headroomMw) {
        zones.put(code, new ZoneInput(code, carbon, price, headroomMw));
        return this;
    }

    public Instances zone(ZoneInput zone) {
        zones.put(zone.code(), zone);
        return this;
    }

    public Instances region(String code, double lat, double lon) {
        regions.put(code, new GeoPoint(lat, lon));
        return this;
    }

    public Instances weights(Weights value) {
        this.weights = value;
        return this;
    }

    /** A site in jurisdiction {@code country} with one pool per {@code model=count} pair. */
    public Instances site(String name, String country, int seal, String zone, double itMw, double lat, double lon,
            Object... modelAndCount) {
        return site(name, country, seal, zone, itMw, lat, lon, null, modelAndCount);
    }

    public Instances site(String name, String country, int seal, String zone, double itMw, double lat, double lon,
            LocalDate availableFrom, Object... modelAndCount) {
        List<PoolInput> pools = new ArrayList<>();
        for (int i = 0; i < modelAndCount.length; i += 2) {
            int count = (Integer) modelAndCount[i + 1];
            pools.add(new PoolInput((String) modelAndCount[i], count, count));
        }
        sites.add(new SiteInput(uuid(name), name, country, country, seal, "COLOCATION", "OPERATIONAL", availableFrom,
                itMw, 1.0, zone, lat, lon, pools));
        return this;
    }

    /** A site as given, e.g. of another type or status. */
    public Instances site(SiteInput site) {
        sites.add(site);
        return this;
    }

    /** No accelerator model yet (not even GPU_X and GPU_Y). */
    public Instances withoutModels() {
        models.clear();
        return this;
    }

    /** An accelerator model of the catalogue. */
    public Instances model(AcceleratorSpec model) {
        models.put(model.code(), model);
        return this;
    }

    /** The day the plan is made. */
    public Instances today(LocalDate value) {
        this.today = value;
        return this;
    }

    public Instances horizon(LocalDate value) {
        this.horizon = value;
        return this;
    }

    public Instances workload(WorkloadDemand w) {
        workloads.add(w);
        return this;
    }

    public PlanningProblem problem() {
        return new PlanningProblem(List.copyOf(workloads), new PlanningInputs(List.copyOf(sites), Map.copyOf(models),
                Map.copyOf(zones), Map.copyOf(regions)), weights, horizon, today);
    }

    /** A training run that needs exactly {@code gpus} GPU_X: 1000 TFLOPS × MFU 0.5 × 24 h × 1 day per GPU. */
    public static Demand training(String name, int gpus) {
        // FLOP = 6 × N × D; one GPU-day = 1e15 × 0.5 × 86400 = 4.32e19 FLOP → N × D = gpus × 7.2e18
        double paramsBillion = 1;
        double tokensBillion = gpus * 7.2 * (1 - 1e-9);
        return new Demand(name, new WorkloadSpec(WorkloadType.TRAINING, paramsBillion, Precision.BF16,
                tokensBillion, 1.0, 0.5, null));
    }

    /** Any workload spec, e.g. a fine-tune on real catalogue figures. */
    public static Demand of(String name, WorkloadSpec spec) {
        return new Demand(name, spec);
    }

    /** An inference service. */
    public static Demand inference(String name, double paramsBillion, double tokensPerSec) {
        return new Demand(name, new WorkloadSpec(WorkloadType.LLM_INFERENCE, paramsBillion, Precision.BF16, null,
                null, null, tokensPerSec));
    }

    /** Builder of one workload demand. */
    public static final class Demand {
        private final String name;
        private final WorkloadSpec spec;
        private int priority = 5;
        private int seal;
        private Set<String> jurisdictions = Set.of();
        private Set<String> models = Set.of();
        private String userRegion;
        private Double maxLatencyMs;
        private Double maxCarbon;
        private LocalDate start;
        private Double substituteParams;
        private Precision substitutePrecision;

        Demand(String name, WorkloadSpec spec) {
            this.name = name;
            this.spec = spec;
        }

        public Demand priority(int v) { priority = v; return this; }
        public Demand seal(int v) { seal = v; return this; }
        public Demand in(String... v) { jurisdictions = Set.of(v); return this; }
        public Demand models(String... v) { models = Set.of(v); return this; }
        public Demand users(String region, Double maxMs) { userRegion = region; maxLatencyMs = maxMs; return this; }
        public Demand maxCarbon(double v) { maxCarbon = v; return this; }
        public Demand start(LocalDate v) { start = v; return this; }
        public Demand substitute(Double minParamsBillion, Precision precision) {
            substituteParams = minParamsBillion; substitutePrecision = precision; return this; }

        public WorkloadDemand build() {
            return new WorkloadDemand(uuid(name), name, "KE", spec, priority, seal, jurisdictions, models, userRegion,
                    maxLatencyMs, maxCarbon, start, substituteParams, substitutePrecision);
        }
    }

    public static UUID uuid(String name) {
        return UUID.nameUUIDFromBytes(name.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
}
