package org.sovplan.placement.problem;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.sovplan.placement.config.PlacementConfig;
import org.sovplan.placement.problem.PlanningInputs.GeoPoint;
import org.sovplan.placement.problem.PlanningInputs.SiteInput;
import org.sovplan.placement.problem.PlanningInputs.ZoneInput;
import org.sovplan.placement.sizing.AcceleratorSpec;
import org.sovplan.placement.sizing.Sizer;
import org.sovplan.placement.sizing.SizingResult;
import org.sovplan.placement.solver.Candidate;
import org.sovplan.placement.solver.GridZone;
import org.sovplan.placement.solver.Placement;
import org.sovplan.placement.solver.PlacementSolution;
import org.sovplan.placement.solver.Pool;
import org.sovplan.placement.solver.Site;

/**
 * Turns a {@link PlanningProblem} into a solver problem. Static rules are applied here, once,
 * so that each workload's value range holds only options it may use; an option too small even
 * for the workload alone is left out too. The cheapest options are kept, at most
 * {@code max-candidates-per-workload}.
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
        Map<String, GridZone> zones = new HashMap<>();
        in.zones().values().forEach(z -> zones.put(z.code(), zone(z)));
        List<Site> sites = new ArrayList<>();
        List<Pool> pools = new ArrayList<>();
        Map<SiteInput, Site> siteOf = new LinkedHashMap<>();
        for (SiteInput s : in.sites()) {
            GridZone zone = zones.getOrDefault(s.gridZoneCode(), new GridZone(s.gridZoneCode(), 0, 0, 0));
            Site site = new Site(s.id(), s.name(), s.regionCode(), s.jurisdiction(), s.sovereigntyLevel(),
                    s.availableFrom(), CandidateCosting.kwFloor(s.availableItMw()), s.pue(), zone, s.lat(), s.lon());
            siteOf.put(s, site);
            sites.add(site);
            s.pools().forEach(p -> pools.add(new Pool(site, p.modelCode(), p.available())));
        }
        Map<Site, List<Pool>> poolsBySite = new HashMap<>();
        pools.forEach(p -> poolsBySite.computeIfAbsent(p.site(), k -> new ArrayList<>()).add(p));
        Map<UUID, CandidateReport> reports = new LinkedHashMap<>();
        List<Placement> placements = new ArrayList<>();
        for (WorkloadDemand w : problem.workloads()) {
            CandidateReport report = candidates(w, problem, siteOf, poolsBySite);
            reports.put(w.id(), report);
            placements.add(new Placement(w.id(), w.name(), w.priority(), w.minSovereigntyLevel(),
                    w.allowedJurisdictions(), w.allowedModels(), w.maxLatencyMs(), w.maxCarbonGPerKwh(),
                    w.neededBy(problem.horizonDate()), report.candidates()));
        }
        PlacementSolution solution = new PlacementSolution(List.copyOf(zones.values()), sites, pools, placements);
        return new BuiltProblem(solution, reports, problem);
    }

    private CandidateReport candidates(WorkloadDemand w, PlanningProblem problem, Map<SiteInput, Site> siteOf,
            Map<Site, List<Pool>> poolsBySite) {
        PlanningInputs in = problem.inputs();
        Map<String, SizingResult> sizings = new LinkedHashMap<>();
        in.models().forEach((code, model) -> sizings.put(code, sizer.size(w.spec(), model, 1.0)));
        GeoPoint users = w.userRegionCode() == null ? null : in.userRegions().get(w.userRegionCode());
        EnumMap<Rule, Integer> rejections = new EnumMap<>(Rule.class);
        List<Candidate> kept = new ArrayList<>();
        List<Candidate> tooSmall = new ArrayList<>();
        Double closest = null;
        int options = 0;
        for (Map.Entry<SiteInput, Site> entry : siteOf.entrySet()) {
            SiteInput input = entry.getKey();
            Site site = entry.getValue();
            Double latencyMs = users == null || w.spec().type().isTraining() ? null
                    : latency.roundTripMs(users, site.lat(), site.lon());
            for (Pool pool : poolsBySite.getOrDefault(site, List.of())) {
                options++;
                Rule rule = siteRule(w, input, site, problem, users, latencyMs);
                if (rule == null) {
                    rule = poolRule(w, pool, in);
                }
                if (rule == Rule.LATENCY) {
                    closest = closest == null ? latencyMs : Math.min(closest, latencyMs);
                }
                if (rule != null) {
                    rejections.merge(rule, 1, Integer::sum);
                    continue;
                }
                AcceleratorSpec model = in.models().get(pool.modelCode());
                Candidate c = costing.cost(w.spec().type(), sizings.get(pool.modelCode()), model, pool, latencyMs,
                        problem.weights());
                if (c.gpus() > pool.availableGpus() || c.itKw() > site.availableItKw()
                        || c.gridKw() > site.zone().headroomKw()) {
                    rejections.merge(Rule.TOO_SMALL, 1, Integer::sum);
                    tooSmall.add(c);
                } else {
                    kept.add(c);
                }
            }
        }
        Comparator<Candidate> cheapest = Comparator.comparingLong(Candidate::softPenalty);
        kept.sort(cheapest);
        tooSmall.sort(cheapest);
        int max = config.solver().maxCandidatesPerWorkload();
        List<Candidate> limited = kept.size() > max ? List.copyOf(kept.subList(0, max)) : List.copyOf(kept);
        return new CandidateReport(w, limited, tooSmall.size() > 5 ? List.copyOf(tooSmall.subList(0, 5)) : tooSmall,
                rejections, sizings, options, closest, newBuild(w, sizings, in.models()));
    }

    private static SizingResult newBuild(WorkloadDemand w, Map<String, SizingResult> sizings,
            Map<String, AcceleratorSpec> models) {
        return sizings.values().stream()
                .filter(s -> w.allowedModels().isEmpty() || w.allowedModels().contains(s.acceleratorModel()))
                .min(Comparator.comparingDouble(SizingResult::itMw)
                        .thenComparingDouble(s -> s.gpus() * models.get(s.acceleratorModel()).priceUsd()))
                .orElse(null);
    }

    private static Rule siteRule(WorkloadDemand w, SiteInput input, Site site, PlanningProblem problem, GeoPoint users,
            Double latencyMs) {
        if ("DECOMMISSIONED".equals(input.status())) {
            return Rule.SITE_DECOMMISSIONED;
        }
        if (site.sovereigntyLevel() < w.minSovereigntyLevel()) {
            return Rule.SOVEREIGNTY;
        }
        if (!w.allowedJurisdictions().isEmpty() && !w.allowedJurisdictions().contains(site.jurisdiction())) {
            return Rule.JURISDICTION;
        }
        if (!site.availableBy(w.neededBy(problem.horizonDate()))) {
            return Rule.AVAILABILITY;
        }
        if (!problem.inputs().zones().containsKey(input.gridZoneCode())) {
            return Rule.ZONE_UNKNOWN;
        }
        if (w.maxCarbonGPerKwh() != null && site.zone().carbonGPerKwh() > w.maxCarbonGPerKwh()) {
            return Rule.CARBON;
        }
        if (w.maxLatencyMs() != null && !w.spec().type().isTraining()) {
            if (users == null) {
                return Rule.USERS_REGION_UNKNOWN;
            }
            if (latencyMs > w.maxLatencyMs()) {
                return Rule.LATENCY;
            }
        }
        return null;
    }

    private static Rule poolRule(WorkloadDemand w, Pool pool, PlanningInputs in) {
        if (!in.models().containsKey(pool.modelCode())) {
            return Rule.MODEL_UNKNOWN;
        }
        if (!w.allowedModels().isEmpty() && !w.allowedModels().contains(pool.modelCode())) {
            return Rule.MODEL;
        }
        return null;
    }

    private static GridZone zone(ZoneInput z) {
        return new GridZone(z.code(), CandidateCosting.kwFloor(z.headroomMw()), z.carbonGPerKwh(),
                z.priceUsdPerMwh());
    }
}
