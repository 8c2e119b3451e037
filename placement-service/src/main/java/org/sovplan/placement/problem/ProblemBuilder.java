package org.sovplan.placement.problem;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import org.sovplan.placement.config.PlacementConfig;
import org.sovplan.placement.problem.PlanningInputs.GeoPoint;
import org.sovplan.placement.problem.PlanningInputs.SiteInput;
import org.sovplan.placement.problem.PlanningInputs.ZoneInput;
import org.sovplan.placement.sizing.AcceleratorSpec;
import org.sovplan.placement.sizing.Sizer;
import org.sovplan.placement.sizing.SizingResult;
import org.sovplan.placement.sizing.Units;
import org.sovplan.placement.solver.Candidate;
import org.sovplan.placement.solver.GridZone;
import org.sovplan.placement.solver.Placement;
import org.sovplan.placement.solver.PlacementRule;
import org.sovplan.placement.solver.PlacementSolution;
import org.sovplan.placement.solver.Pool;
import org.sovplan.placement.solver.Site;
import org.sovplan.placement.solver.WorkloadFacts;

/**
 * Turns a {@link PlanningProblem} into a solver problem. The static {@link PlacementRule}s are
 * applied here, so that each workload's value range holds only options it may use (the
 * constraints apply the same rule objects again); an option too small even for the workload
 * alone is left out too. The cheapest options are kept, at most {@code max-candidates-per-workload}.
 * Everything is built in a fixed order (sites as given, models and zones by code), so the same
 * inputs give the same problem.
 */
public class ProblemBuilder {

    private final PlacementConfig config;
    private final Sizer sizer;
    private final LatencyModel latency;
    private final CandidateCosting costing;

    public ProblemBuilder(PlacementConfig config) {
        this.config = config;
        this.sizer = new Sizer(config.sizing());
        this.latency = new LatencyModel(config.latency());
        this.costing = new CandidateCosting(config);
    }

    public BuiltProblem build(PlanningProblem problem) {
        PlanningInputs in = problem.inputs();
        Map<String, GridZone> zones = new TreeMap<>();
        in.zones().values().forEach(z -> zones.put(z.code(), zone(z)));
        List<Site> sites = new ArrayList<>();
        List<Pool> pools = new ArrayList<>();
        for (SiteInput s : in.sites()) {
            GridZone zone = zones.getOrDefault(s.gridZoneCode(), new GridZone(s.gridZoneCode(), 0, 0, 0, false));
            Site site = new Site(s.id(), s.name(), s.regionCode(), s.jurisdiction(), s.sovereigntyLevel(), s.type(),
                    s.status(), s.availableFrom(), Units.wattsOfMw(s.availableItMw()), s.pue(), zone, s.lat(), s.lon());
            sites.add(site);
            s.pools().forEach(p -> pools.add(new Pool(site, p.modelCode(), in.models().get(p.modelCode()), p.available())));
        }
        Map<UUID, CandidateReport> reports = new LinkedHashMap<>();
        List<Placement> placements = new ArrayList<>();
        for (WorkloadDemand w : problem.workloads()) {
            CandidateReport report = candidates(w, problem, pools);
            reports.put(w.id(), report);
            placements.add(new Placement(w.id(), w.name(), w.priority(), report.facts(), report.candidates()));
        }
        PlacementSolution solution = new PlacementSolution(List.copyOf(zones.values()), sites, pools, placements);
        return new BuiltProblem(solution, reports, problem);
    }

    /** What the placement rules read of a workload in a plan with this horizon. */
    public WorkloadFacts facts(WorkloadDemand w, java.time.LocalDate horizon) {
        var spec = w.spec();
        Double replicaGb = spec.type().isTraining() ? null : sizer.replicaBytes(spec) / 1e9;
        boolean trainingClass = spec.type().isTraining()
                && spec.paramsBillion() >= config.sizing().trainingClassMinParamsBillion();
        return new WorkloadFacts(spec.type(), w.minSovereigntyLevel(), w.allowedJurisdictions(), w.allowedModels(),
                w.maxLatencyMs(), w.maxCarbonGPerKwh(), w.neededBy(horizon), replicaGb, trainingClass);
    }

    private CandidateReport candidates(WorkloadDemand w, PlanningProblem problem, List<Pool> pools) {
        PlanningInputs in = problem.inputs();
        WorkloadFacts facts = facts(w, problem.horizonDate());
        Map<String, SizingResult> sizings = new LinkedHashMap<>();
        new TreeMap<>(in.models()).forEach((code, model) -> sizings.put(code, sizer.size(w.spec(), model, 1.0)));
        GeoPoint users = w.userRegionCode() == null ? null : in.userRegions().get(w.userRegionCode());
        EnumMap<PlacementRule, Integer> rejections = new EnumMap<>(PlacementRule.class);
        List<Candidate> kept = new ArrayList<>();
        List<Candidate> tooSmall = new ArrayList<>();
        Double closest = null;
        for (Pool pool : pools) {
            Site site = pool.site();
            Double latencyMs = users == null || w.spec().type().isTraining() ? null
                    : latency.roundTripMs(users, site.lat(), site.lon());
            PlacementRule rule = PlacementRule.firstBroken(facts, pool, latencyMs);
            if (rule == PlacementRule.LATENCY) {
                closest = closest == null ? latencyMs : Math.min(closest, latencyMs);
            }
            if (rule != null) {
                rejections.merge(rule, 1, Integer::sum);
                continue;
            }
            Candidate c = costing.cost(w.spec(), sizings.get(pool.modelCode()), pool.model(), pool, latencyMs,
                    problem.weights());
            if (c.gpus() > pool.availableGpus() || c.itWatts() > site.availableItWatts()
                    || c.gridWatts() > site.zone().headroomWatts()) {
                rejections.merge(PlacementRule.TOO_SMALL, 1, Integer::sum);
                tooSmall.add(c);
            } else {
                kept.add(c);
            }
        }
        Comparator<Candidate> cheapest = Comparator.comparingLong(Candidate::softPenalty);
        kept.sort(cheapest);
        tooSmall.sort(cheapest);
        int max = config.solver().maxCandidatesPerWorkload();
        List<Candidate> limited = kept.size() > max ? List.copyOf(kept.subList(0, max)) : List.copyOf(kept);
        return new CandidateReport(w, facts, limited,
                tooSmall.size() > 5 ? List.copyOf(tooSmall.subList(0, 5)) : List.copyOf(tooSmall), rejections,
                sizings, pools.size(), closest, newBuild(facts, sizings, in.models()));
    }

    private static SizingResult newBuild(WorkloadFacts facts, Map<String, SizingResult> sizings,
            Map<String, AcceleratorSpec> models) {
        return sizings.values().stream()
                .filter(s -> facts.allowedModels().isEmpty() || facts.allowedModels().contains(s.acceleratorModel()))
                .filter(s -> PlacementRule.suits(facts, models.get(s.acceleratorModel())))
                .min(Comparator.comparingLong(SizingResult::itWatts)
                        .thenComparingDouble(s -> s.gpus() * models.get(s.acceleratorModel()).priceUsd()))
                .orElse(null);
    }

    private static GridZone zone(ZoneInput z) {
        return new GridZone(z.code(), Units.wattsOfMw(z.headroomMw()), z.carbonGPerKwh(), z.priceUsdPerMwh(), true);
    }
}
