package org.sovplan.placement.scenario;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

import org.sovplan.common.domain.RuleBroken;
import org.sovplan.common.security.RegionScope;
import org.sovplan.placement.config.PlacementConfig;
import org.sovplan.placement.problem.LatencyModel;
import org.sovplan.placement.problem.PlanningInputs.GeoPoint;
import org.sovplan.placement.scenario.ScenarioInputs.SiteFacts;
import org.sovplan.placement.scenario.ScenarioInputs.ZoneFacts;
import org.sovplan.placement.scenario.model.ExpansionProblem;
import org.sovplan.placement.scenario.model.ExpansionProblem.DemandLine;
import org.sovplan.placement.scenario.model.ExpansionProblem.DemandOption;
import org.sovplan.placement.scenario.model.ExpansionProblem.ModelOption;
import org.sovplan.placement.scenario.model.ExpansionProblem.SiteOption;
import org.sovplan.placement.scenario.model.ExpansionProblem.ZoneOption;
import org.sovplan.placement.sizing.AcceleratorClass;
import org.sovplan.placement.sizing.AcceleratorSpec;
import org.sovplan.placement.sizing.Sizer;
import org.sovplan.placement.sizing.WorkloadSpec;
import org.sovplan.placement.solver.PlacementRule;
import org.sovplan.placement.solver.WorkloadFacts;
import org.sovplan.placement.workload.Workload;

/**
 * Turns a scenario, a demand variant and a carbon price scale, with the inputs read from the other
 * services, into an {@link ExpansionProblem}: sizes every demand option on every allowed model
 * whose accelerator class suits it (the formulas of {@link Sizer}, the class rule of
 * {@link PlacementRule#suits}), decides which sites each line may use (sovereignty, jurisdiction,
 * carbon, latency), and adds one new-site candidate per zone of the region. Only the sites some
 * line may use enter the problem, so existing capacity, and every count of it, is that of the
 * sites the scenario's demand may use; a site in another country or below every line's rules is
 * left out. Accelerators are bought by class ({@link #purchasable}): edge modules only for edge
 * sites, training-class parts never for them.
 */
public final class ScenarioProblemBuilder {

    /** A new-site candidate is a data centre of the region's own (never an edge site). */
    static final String NEW_SITE_TYPE = "SOVEREIGN_CLOUD";

    private final PlacementConfig placement;
    private final ScenarioConfig config;
    private final Sizer sizer;
    private final LatencyModel latency;

    public ScenarioProblemBuilder(PlacementConfig placement, ScenarioConfig config) {
        this.placement = placement;
        this.config = config;
        this.sizer = new Sizer(placement.sizing());
        this.latency = new LatencyModel(placement.latency());
    }

    /** A line's workload: its sizing inputs and its placement rules. */
    record LineWorkload(WorkloadSpec spec, String userRegionCode, Double maxLatencyMs, int minSeal,
            List<String> jurisdictions, List<String> models, Double maxCarbonGPerKwh) {

        static LineWorkload of(Workload w) {
            return new LineWorkload(WorkloadSpec.of(w), w.userRegionCode, w.maxLatencyMs, w.minSovereigntyLevel,
                    w.allowedJurisdictions, w.allowedAcceleratorModels, w.maxCarbonGPerKwh);
        }

        static LineWorkload of(ScenarioDto.WorkloadClass c) {
            return new LineWorkload(new WorkloadSpec(c.type(), c.paramsBillion(), c.precision(), c.trainTokensBillion(),
                    c.targetDays(), c.mfu(), c.peakTokensPerSec()), c.userRegionCode(), c.maxLatencyMs(),
                    c.minSovereigntyLevel() == null ? 0 : c.minSovereigntyLevel().number(),
                    c.allowedJurisdictions() == null ? List.of() : c.allowedJurisdictions(),
                    c.allowedAcceleratorModels() == null ? List.of() : c.allowedAcceleratorModels(),
                    c.maxCarbonGPerKwh());
        }
    }

    public ExpansionProblem build(Scenario s, String variant, double carbonPriceScale, ScenarioInputs inputs,
            Map<UUID, Workload> workloads) {
        ScenarioDto.Definition d = s.definition;
        int years = s.lastYear - s.firstYear + 1;
        List<ZoneOption> zones = new ArrayList<>();
        inputs.zones().values().forEach(z -> zones.add(zone(z, s.firstYear, years)));
        List<SiteOption> sites = new ArrayList<>();
        Map<String, SiteFacts> facts = new HashMap<>();
        Map<UUID, Double> expansions = new HashMap<>();
        if (d.siteExpansions() != null) {
            d.siteExpansions().forEach(e -> expansions.put(e.siteId(), e.maxItMw()));
        }
        for (SiteFacts f : inputs.sites()) {
            Integer ready = readyYear(f, s.firstYear);
            if (ready != null && ready <= s.lastYear && inputs.zones().containsKey(f.gridZoneCode())) {
                double potential = expansions.getOrDefault(f.id(), f.maxItMw() != null ? f.maxItMw() : f.itCapacityMw());
                sites.add(new SiteOption(f.id().toString(), f.name(), f.gridZoneCode(), f.pue(), ready, f.itCapacityMw(),
                        Math.max(potential, f.itCapacityMw()), f.installedGpus(), false));
                facts.put(f.id().toString(), f);
            }
        }
        String country = RegionScope.countryOf(s.regionCode);
        GeoPoint centroid = inputs.regions().get(s.regionCode);
        Set<String> regionZones = new LinkedHashSet<>();
        inputs.sites().stream().filter(f -> RegionScope.countryOf(f.regionCode()).equals(country))
                .map(SiteFacts::gridZoneCode).filter(inputs.zones()::containsKey).forEach(regionZones::add);
        for (String zone : regionZones) {
            String key = "new:" + zone;
            sites.add(new SiteOption(key, "New site in zone " + zone, zone, placement.investment().newSitePue(),
                    s.firstYear, 0, config.newSiteMaxItMw(), Map.of(), true));
            facts.put(key, new SiteFacts(null, "New site in zone " + zone, country, country, config.newSiteSealLevel(),
                    "CANDIDATE", null, 0, config.newSiteMaxItMw(), placement.investment().newSitePue(), zone,
                    centroid == null ? Double.NaN : centroid.lat(), centroid == null ? Double.NaN : centroid.lon(),
                    Map.of(), NEW_SITE_TYPE));
        }
        List<ModelOption> models = inputs.models().stream().map(m -> new ModelOption(m.code(), m.priceUsd(),
                m.tdpWatts() * (1 + placement.sizing().serverOverhead()) / 1000)).toList();
        List<DemandLine> lines = new ArrayList<>();
        for (int i = 0; i < d.demand().size(); i++) {
            ScenarioDto.DemandLine line = d.demand().get(i);
            LineWorkload w = line.workloadId() != null ? LineWorkload.of(workloads.get(line.workloadId()))
                    : LineWorkload.of(line.workload());
            lines.add(demand(line, i, w, units(line, i, variant, s.firstYear, years), sites, facts, inputs));
        }
        Set<String> used = new HashSet<>();
        lines.forEach(l -> used.addAll(l.eligibleSites()));
        sites = sites.stream().filter(site -> used.contains(site.key()))
                .map(site -> withPurchases(site, facts.get(site.key()), inputs.models())).toList();
        Set<String> usedZones = new HashSet<>();
        sites.forEach(site -> usedZones.add(site.zoneCode()));
        zones.removeIf(z -> !usedZones.contains(z.code()));
        return new ExpansionProblem(s.firstYear, s.lastYear, d.discountRatePct() / 100, sites, models, zones, lines,
                byYear(d.carbonPricesUsdPerTonne(), s.firstYear, years, carbonPriceScale),
                budgets(d.capexBudgetsUsd(), s.firstYear, years), lifetimes(d.lifetimes()), leadTimes(d.leadTimes()),
                rates(d.buildRates()), new ExpansionProblem.Economics(placement.investment().dataCentreCapexUsdPerItMw(),
                        placement.investment().gridUpgradeCapexUsdPerMw(), config.unservedPenaltyUsdPerGpuYear()));
    }

    /** The site with the models its class rules let the plan buy for it. */
    private static SiteOption withPurchases(SiteOption site, SiteFacts facts, List<AcceleratorSpec> models) {
        Set<String> codes = new LinkedHashSet<>();
        models.stream().filter(m -> purchasable(facts.isEdge(), m.suitability())).forEach(m -> codes.add(m.code()));
        return new SiteOption(site.key(), site.name(), site.zoneCode(), site.pue(), site.readyYear(),
                site.existingItMw(), site.maxItMw(), site.existingGpus(), site.candidate(), codes);
    }

    /**
     * Whether a model of a class may be bought for a site: edge modules (Jetson-class, 15-60 W
     * embedded parts) only for EDGE sites, training-class parts (SXM/OAM on an accelerator fabric)
     * never for them, inference cards anywhere. A site's existing pools serve whatever they are.
     * The investment advice of plans follows the same rule for training-class parts
     * (docs/placement-service.md, "Accelerator classes").
     */
    static boolean purchasable(boolean edgeSite, AcceleratorClass c) {
        return switch (c) {
            case EDGE -> edgeSite;
            case TRAINING -> !edgeSite;
            case INFERENCE -> true;
        };
    }

    private DemandLine demand(ScenarioDto.DemandLine line, int index, LineWorkload w, double[] units,
            List<SiteOption> sites, Map<String, SiteFacts> facts, ScenarioInputs inputs) {
        List<DemandOption> options = new ArrayList<>();
        options.add(new DemandOption(line.name(), gpusPerUnit(w.spec(), w, inputs.models())));
        if (line.substitutes() != null) {
            for (ScenarioDto.Substitute sub : line.substitutes()) {
                WorkloadSpec spec = new WorkloadSpec(w.spec().type(), sub.paramsBillion(), sub.precision(),
                        w.spec().trainTokensBillion(), w.spec().targetDays(), w.spec().mfu(), w.spec().peakTokensPerSec());
                options.add(new DemandOption(sub.name(), gpusPerUnit(spec, w, inputs.models())));
            }
        }
        String unit = DemandUnits.describe(w.spec());
        options.removeIf(o -> o.gpusPerUnit().isEmpty());
        Set<String> eligible = new LinkedHashSet<>();
        GeoPoint users = w.userRegionCode() == null ? null : inputs.regions().get(w.userRegionCode());
        for (SiteOption site : sites) {
            if (allows(w, facts.get(site.key()), inputs.zones().get(site.zoneCode()), users)) {
                eligible.add(site.key());
            }
        }
        String reason = null;
        if (options.isEmpty()) {
            eligible.clear();
            reason = "no accelerator model of the catalogue is allowed, of a class that suits it, and sized for it";
        } else if (eligible.isEmpty()) {
            reason = "no existing or new site meets its rules: SEAL-" + w.minSeal() + " or higher"
                    + (w.jurisdictions().isEmpty() ? "" : ", jurisdiction in " + w.jurisdictions())
                    + (w.maxCarbonGPerKwh() == null ? "" : ", at most " + w.maxCarbonGPerKwh() + " gCO2e/kWh")
                    + (w.maxLatencyMs() == null || w.userRegionCode() == null ? ""
                            : ", within " + w.maxLatencyMs() + " ms of " + w.userRegionCode());
        }
        double loadFactor = w.spec().type().isTraining() ? config.trainingLoadFactor()
                : placement.sizing().inferenceLoadFactor();
        return new DemandLine(line.name(), units, loadFactor, options, eligible, reason, unit);
    }

    /** GPUs one unit needs on each model that is allowed and whose class suits the option. */
    private Map<String, Double> gpusPerUnit(WorkloadSpec spec, LineWorkload w, List<AcceleratorSpec> models) {
        WorkloadFacts facts = facts(spec, w);
        Map<String, Double> gpus = new LinkedHashMap<>();
        for (AcceleratorSpec model : models) {
            if ((w.models().isEmpty() || w.models().contains(model.code())) && PlacementRule.suits(facts, model)) {
                int n = sizer.size(spec, model, 1.0).gpus();
                if (n > 0) {
                    gpus.put(model.code(), (double) n);
                }
            }
        }
        return gpus;
    }

    /**
     * What the class rule reads of an option: its replica memory (inference) and whether it trains
     * at or above the training-class size, the same figures plans derive in ProblemBuilder.facts.
     */
    private WorkloadFacts facts(WorkloadSpec spec, LineWorkload w) {
        Double replicaGb = spec.type().isTraining() ? null : sizer.replicaBytes(spec) / 1e9;
        boolean trainingClass = spec.type().isTraining()
                && spec.paramsBillion() >= placement.sizing().trainingClassMinParamsBillion();
        return new WorkloadFacts(spec.type(), w.minSeal(), Set.copyOf(w.jurisdictions()), Set.copyOf(w.models()),
                w.maxLatencyMs(), w.maxCarbonGPerKwh(), null, replicaGb, trainingClass);
    }

    private boolean allows(LineWorkload w, SiteFacts site, ZoneFacts zone, GeoPoint users) {
        if (site.sealLevel() < w.minSeal() || zone == null) {
            return false;
        }
        if (!w.jurisdictions().isEmpty() && !w.jurisdictions().contains(site.jurisdiction())) {
            return false;
        }
        if (w.maxCarbonGPerKwh() != null && zone.carbonGPerKwh() > w.maxCarbonGPerKwh()) {
            return false;
        }
        if (w.maxLatencyMs() != null && w.userRegionCode() != null && !w.spec().type().isTraining()) {
            return users != null && !Double.isNaN(site.lat())
                    && latency.roundTripMs(users, site.lat(), site.lon()) <= w.maxLatencyMs();
        }
        return true;
    }

    /** A line's units in each year of the variant; a line without variants asks its units every year. */
    static double[] units(ScenarioDto.DemandLine line, int index, String variant, int firstYear, int years) {
        double base = line.units() == null ? 1 : line.units();
        double[] units = new double[years];
        if (line.variants() == null || line.variants().isEmpty()) {
            java.util.Arrays.fill(units, base);
            return units;
        }
        ScenarioDto.Variant v = line.variants().get(variant);
        if (v == null) {
            throw new RuleBroken("variant", "demand line '" + line.name() + "' has no variant '" + variant
                    + "'; it has " + new TreeMap<>(line.variants()).keySet());
        }
        for (int y = 0; y < years; y++) {
            units[y] = v.growthPctPerYear() != null ? base * Math.pow(1 + v.growthPctPerYear() / 100, y)
                    : v.unitsByYear().getOrDefault(firstYear + y, 0.0);
        }
        return units;
    }

    /** A value by year that holds from the year it is given until the next; before the first, the first. */
    static double[] byYear(Map<Integer, Double> given, int firstYear, int years, double scale) {
        double[] values = new double[years];
        if (given == null || given.isEmpty()) {
            return values;
        }
        TreeMap<Integer, Double> sorted = new TreeMap<>(given);
        for (int y = 0; y < years; y++) {
            Map.Entry<Integer, Double> at = sorted.floorEntry(firstYear + y);
            values[y] = (at != null ? at.getValue() : sorted.firstEntry().getValue()) * scale;
        }
        return values;
    }

    /** Budgets hold from their year until the next; before the first one given there is no limit. */
    static Double[] budgets(Map<Integer, Double> given, int firstYear, int years) {
        Double[] values = new Double[years];
        if (given != null && !given.isEmpty()) {
            TreeMap<Integer, Double> sorted = new TreeMap<>(given);
            for (int y = 0; y < years; y++) {
                Map.Entry<Integer, Double> at = sorted.floorEntry(firstYear + y);
                values[y] = at == null ? null : at.getValue();
            }
        }
        return values;
    }

    /** The first year a site's existing capacity serves; null when it never will (decommissioned). */
    private static Integer readyYear(SiteFacts f, int firstYear) {
        if ("DECOMMISSIONED".equals(f.status())) {
            return null;
        }
        boolean operational = "OPERATIONAL".equals(f.status());
        if (operational || f.availableFrom() == null) {
            return firstYear;
        }
        return Math.max(firstYear, f.availableFrom().getYear() + (f.availableFrom().getDayOfYear() > 1 ? 1 : 0));
    }

    private static ZoneOption zone(ZoneFacts z, int firstYear, int years) {
        double[] headroom = new double[years];
        for (int y = 0; y < years; y++) {
            headroom[y] = Math.max(0, z.headroomMwByYear().getOrDefault(firstYear + y, 0.0));
        }
        List<ExpansionProblem.GridUpgrade> upgrades = z.upgradeCandidates() == null ? List.of()
                : z.upgradeCandidates().stream().map(c -> new ExpansionProblem.GridUpgrade(c.name(), c.maxMw(),
                        c.capexUsdPerMw(), c.leadTimeYears())).toList();
        return new ZoneOption(z.code(), z.priceUsdPerMwh(), z.carbonGPerKwh(), headroom, upgrades);
    }

    ExpansionProblem.Lifetimes lifetimes(ScenarioDto.Lifetimes l) {
        return new ExpansionProblem.Lifetimes(
                l != null && l.acceleratorYears() != null ? l.acceleratorYears() : config.acceleratorLifetimeYears(),
                l != null && l.dataCentreYears() != null ? l.dataCentreYears() : config.dataCentreLifetimeYears(),
                l != null && l.gridYears() != null ? l.gridYears() : config.gridLifetimeYears(),
                config.existingAcceleratorYears());
    }

    ExpansionProblem.LeadTimes leadTimes(ScenarioDto.LeadTimes l) {
        return new ExpansionProblem.LeadTimes(
                l != null && l.acceleratorYears() != null ? l.acceleratorYears() : config.acceleratorLeadYears(),
                l != null && l.dataCentreYears() != null ? l.dataCentreYears() : config.dataCentreLeadYears(),
                l != null && l.gridYears() != null ? l.gridYears() : config.gridLeadYears());
    }

    private static ExpansionProblem.BuildRates rates(ScenarioDto.BuildRates r) {
        return r == null ? new ExpansionProblem.BuildRates(null, null, null)
                : new ExpansionProblem.BuildRates(r.maxGpusPerYear(), r.maxItMwPerYear(), r.maxGridMwPerYear());
    }
}
