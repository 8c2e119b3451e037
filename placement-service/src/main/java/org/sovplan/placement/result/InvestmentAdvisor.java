package org.sovplan.placement.result;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.sovplan.placement.config.PlacementConfig;
import org.sovplan.placement.problem.BuiltProblem;
import org.sovplan.placement.problem.CandidateCosting;
import org.sovplan.placement.problem.CandidateReport;
import org.sovplan.placement.problem.LatencyModel;
import org.sovplan.placement.problem.OperatingFigures;
import org.sovplan.placement.problem.PlanningInputs;
import org.sovplan.placement.problem.PlanningInputs.GeoPoint;
import org.sovplan.placement.problem.PlanningInputs.ZoneInput;
import org.sovplan.placement.problem.ProblemBuilder;
import org.sovplan.placement.problem.WorkloadDemand;
import org.sovplan.placement.sizing.AcceleratorClass;
import org.sovplan.placement.sizing.AcceleratorSpec;
import org.sovplan.placement.sizing.Sizer;
import org.sovplan.placement.sizing.SizingResult;
import org.sovplan.placement.sizing.Units;
import org.sovplan.placement.sizing.WorkloadSpec;
import org.sovplan.placement.solver.GridZone;
import org.sovplan.placement.solver.PlacementRule;
import org.sovplan.placement.solver.Pool;
import org.sovplan.placement.solver.Site;
import org.sovplan.placement.solver.WorkloadFacts;

/**
 * The ways to place one unplaced workload, ranked. It considers, with the capacity the plan
 * leaves (docs/placement-service.md, "Investment options"):
 * <ul>
 * <li>{@code ADD_ACCELERATORS}: buy a suitable model at an existing site where the IT power and
 * the zone's grid headroom for the whole workload really exist;</li>
 * <li>{@code EXPAND_SITE}: the same where the site lacks IT power (build the missing IT MW) but the
 * zone has the grid headroom;</li>
 * <li>{@code GRID_UPGRADE}: the same where the zone lacks grid headroom (upgrade it by the missing
 * MW, and build missing IT MW too);</li>
 * <li>{@code NEW_SITE}: a new data centre in an eligible zone (a country the workload allows, under
 * its carbon limit) with the headroom, else with the upgrade it needs;</li>
 * <li>{@code SMALLER_MODEL}: inference only, when the workload accepts a smaller or more quantized
 * variant that fits capacity left today.</li>
 * </ul>
 * Every option uses only accelerators whose class suits the workload, and only sites that pass
 * the workload's rules (sovereignty, jurisdiction, carbon, latency). Training-class parts are
 * never proposed for an edge site. Each option states capex, operating cost and carbon (per run
 * or per year), lead time and ready date. Rank: options ready by the start date first, cheapest
 * capex first; then the rest, earliest ready first.
 */
public class InvestmentAdvisor {

    private final PlacementConfig config;
    private final PlacementConfig.Investment invest;
    private final BuiltProblem built;
    private final Residuals residuals;
    private final CandidateCosting costing;
    private final Sizer sizer;
    private final LatencyModel latency;
    private final LocalDate today;

    public InvestmentAdvisor(PlacementConfig config, BuiltProblem built, Residuals residuals) {
        this.config = config;
        this.invest = config.investment();
        this.built = built;
        this.residuals = residuals;
        this.costing = new CandidateCosting(config);
        this.sizer = new Sizer(config.sizing());
        this.latency = new LatencyModel(config.latency());
        this.today = built.problem().today();
    }

    /** A priced option before ranking. */
    record Draft(String kind, Site site, ZoneInput newZone, String model, int addedGpus, int gpus, long itWatts,
            long addedItWatts, long addedGridWatts, double capexUsd, OperatingFigures figures, int leadTimeDays,
            LocalDate readyDate, String note) {
    }

    /** The ranked options of one unplaced workload, at most {@code max-options-per-workload}. */
    public List<Draft> options(CandidateReport report) {
        WorkloadDemand w = report.workload();
        List<Draft> drafts = new ArrayList<>();
        for (Site site : built.solution().getSites()) {
            Draft best = bestAtSite(report, site);
            if (best != null) {
                drafts.add(best);
            }
        }
        for (ZoneInput zone : new TreeMap<>(inputs().zones()).values()) {
            Draft d = newSite(report, zone);
            if (d != null) {
                drafts.add(d);
            }
        }
        if (w.acceptsSubstitute()) {
            Draft d = smallerModel(report);
            if (d != null) {
                drafts.add(d);
            }
        }
        LocalDate neededBy = neededBy(w);
        drafts.sort(Comparator.comparing((Draft d) -> d.readyDate().isAfter(neededBy))
                .thenComparing(d -> d.readyDate().isAfter(neededBy) ? d.readyDate() : LocalDate.MIN)
                .thenComparingDouble(Draft::capexUsd)
                .thenComparing(Draft::readyDate)
                .thenComparing(d -> d.kind() + "|" + siteName(d) + "|" + d.model()));
        return drafts.size() > invest.maxOptionsPerWorkload() ? drafts.subList(0, invest.maxOptionsPerWorkload())
                : drafts;
    }

    /** The day the workload must run: its start date, else the plan's horizon. */
    public LocalDate neededBy(WorkloadDemand w) {
        return w.neededBy(built.problem().horizonDate());
    }

    /**
     * The cheapest suitable model at an existing site, as the kind the site's power allows; none when
     * the workload already fits there.
     */
    private Draft bestAtSite(CandidateReport report, Site site) {
        if ("DECOMMISSIONED".equals(site.status()) || !site.zone().known()) {
            return null;
        }
        WorkloadFacts facts = report.facts();
        Double latencyMs = latencyAt(report.workload(), site.lat(), site.lon());
        Draft best = null;
        for (Map.Entry<String, AcceleratorSpec> m : models().entrySet()) {
            AcceleratorSpec model = m.getValue();
            Pool probe = new Pool(site, m.getKey(), model, 0);
            if (!eligible(facts, probe, latencyMs) || (site.isEdge() && model.suitability() == AcceleratorClass.TRAINING)) {
                continue;
            }
            Draft d = atSite(report, site, model, report.sizings().get(m.getKey()));
            if (d == null) {
                // it fits there without building anything (the site opens later, or the solver left it): no investment
                return null;
            }
            if (best == null || d.capexUsd() < best.capexUsd()) {
                best = d;
            }
        }
        return best;
    }

    private Draft atSite(CandidateReport report, Site site, AcceleratorSpec model, SizingResult sizing) {
        int free = 0;
        for (Pool pool : built.solution().getPools()) {
            if (pool.site() == site && pool.modelCode().equals(model.code())) {
                free = Math.max(0, residuals.freeGpus(pool));
            }
        }
        int added = Math.max(0, sizing.gpus() - free);
        long it = sizing.itWatts();
        long grid = Units.gridWatts(it, site.pue());
        long missingIt = Math.max(0, it - Math.max(0, residuals.freeItWatts(site)));
        long missingGrid = Math.max(0, grid - Math.max(0, residuals.freeGridWatts(site.zone())));
        if (added == 0 && missingIt == 0 && missingGrid == 0) {
            return null;
        }
        String kind = missingGrid > 0 ? "GRID_UPGRADE" : missingIt > 0 ? "EXPAND_SITE" : "ADD_ACCELERATORS";
        double capex = added * model.priceUsd() + missingIt / 1e6 * invest.dataCentreCapexUsdPerItMw()
                + missingGrid / 1e6 * invest.gridUpgradeCapexUsdPerMw();
        int lead = Math.max(added > 0 ? invest.gpuLeadTimeDays() : 0, Math.max(
                missingIt > 0 ? invest.siteExpansionLeadTimeDays() : 0,
                missingGrid > 0 ? invest.gridUpgradeLeadTimeDays() : 0));
        LocalDate ready = today.plusDays(lead);
        if (site.availableFrom() != null && site.availableFrom().isAfter(ready)) {
            ready = site.availableFrom();
        }
        OperatingFigures f = costing.figures(report.workload().spec(), sizing.gpus(), it, site.pue(),
                site.zone().priceUsdPerMwh(), site.zone().carbonGPerKwh(), model.priceUsd());
        return new Draft(kind, site, null, model.code(), added, sizing.gpus(), it, missingIt, missingGrid, capex, f,
                lead, ready, null);
    }

    /** A new data centre in a zone of an allowed country under the carbon limit, on the cheapest suitable model. */
    private Draft newSite(CandidateReport report, ZoneInput zone) {
        WorkloadDemand w = report.workload();
        if (!w.newSiteCountries().contains(zone.countryCode())
                || (w.maxCarbonGPerKwh() != null && zone.carbonGPerKwh() > w.maxCarbonGPerKwh())) {
            return null;
        }
        GridZone solverZone = built.solution().getZones().stream().filter(z -> z.code().equals(zone.code()))
                .findFirst().orElse(null);
        long freeGrid = solverZone == null ? 0 : Math.max(0, residuals.freeGridWatts(solverZone));
        Draft best = null;
        for (Map.Entry<String, AcceleratorSpec> m : models().entrySet()) {
            AcceleratorSpec model = m.getValue();
            if (!allowed(report.facts(), m.getKey()) || !PlacementRule.suits(report.facts(), model)) {
                continue;
            }
            SizingResult s = report.sizings().get(m.getKey());
            long it = s.itWatts();
            long grid = Units.gridWatts(it, invest.newSitePue());
            long missingGrid = Math.max(0, grid - freeGrid);
            double capex = s.gpus() * model.priceUsd() + it / 1e6 * invest.dataCentreCapexUsdPerItMw()
                    + missingGrid / 1e6 * invest.gridUpgradeCapexUsdPerMw();
            int lead = Math.max(invest.newSiteLeadTimeDays(), missingGrid > 0 ? invest.gridUpgradeLeadTimeDays() : 0);
            OperatingFigures f = costing.figures(w.spec(), s.gpus(), it, invest.newSitePue(), zone.priceUsdPerMwh(),
                    zone.carbonGPerKwh(), model.priceUsd());
            Draft d = new Draft("NEW_SITE", null, zone, m.getKey(), s.gpus(), s.gpus(), it, it, missingGrid, capex, f,
                    lead, today.plusDays(lead), null);
            if (best == null || d.capexUsd() < best.capexUsd()) {
                best = d;
            }
        }
        return best;
    }

    /** The accepted smaller or more quantized variant on capacity the plan leaves free: no capex. */
    private Draft smallerModel(CandidateReport report) {
        WorkloadDemand w = report.workload();
        WorkloadSpec spec = w.substituteSpec();
        WorkloadDemand variant = new WorkloadDemand(w.id(), w.name(), w.regionCode(), spec, w.priority(),
                w.minSovereigntyLevel(), w.allowedJurisdictions(), w.allowedModels(), w.userRegionCode(),
                w.maxLatencyMs(), w.maxCarbonGPerKwh(), w.startDate());
        WorkloadFacts facts = new ProblemBuilder(config).facts(variant, built.problem().horizonDate());
        Draft best = null;
        for (Pool pool : built.solution().getPools()) {
            Site site = pool.site();
            Double latencyMs = latencyAt(w, site.lat(), site.lon());
            if (pool.model() == null || PlacementRule.firstBroken(facts, pool, latencyMs) != null) {
                continue;
            }
            SizingResult s = sizer.size(spec, pool.model(), 1.0);
            long grid = Units.gridWatts(s.itWatts(), site.pue());
            if (s.gpus() > residuals.freeGpus(pool) || s.itWatts() > residuals.freeItWatts(site)
                    || grid > residuals.freeGridWatts(site.zone())) {
                continue;
            }
            OperatingFigures f = costing.figures(spec, s.gpus(), s.itWatts(), site.pue(), site.zone().priceUsdPerMwh(),
                    site.zone().carbonGPerKwh(), pool.model().priceUsd());
            String note = Units.decimal(spec.paramsBillion(), 3).stripTrailingZeros().toPlainString() + "B "
                    + spec.precision().label();
            Draft d = new Draft("SMALLER_MODEL", site, null, pool.modelCode(), 0, s.gpus(), s.itWatts(), 0, 0, 0, f, 0,
                    today, note);
            if (best == null || d.figures().costUsd() < best.figures().costUsd()) {
                best = d;
            }
        }
        return best;
    }

    private boolean eligible(WorkloadFacts facts, Pool probe, Double latencyMs) {
        for (PlacementRule rule : PlacementRule.values()) {
            // availability becomes the option's ready date rather than a reason to leave the site out
            if (rule.isStatic() && rule != PlacementRule.AVAILABILITY && rule.breaks(facts, probe, latencyMs)) {
                return false;
            }
        }
        return true;
    }

    private static boolean allowed(WorkloadFacts facts, String model) {
        return facts.allowedModels().isEmpty() || facts.allowedModels().contains(model);
    }

    private Double latencyAt(WorkloadDemand w, double lat, double lon) {
        GeoPoint users = w.userRegionCode() == null ? null : inputs().userRegions().get(w.userRegionCode());
        return users == null || w.spec().type().isTraining() ? null : latency.roundTripMs(users, lat, lon);
    }

    private PlanningInputs inputs() {
        return built.problem().inputs();
    }

    private Map<String, AcceleratorSpec> models() {
        return new TreeMap<>(inputs().models());
    }

    static String siteName(Draft d) {
        return d.site() != null ? d.site().name() : "";
    }

    /** Days from {@code neededBy} to {@code ready}; 0 when ready in time. */
    static int daysLate(LocalDate ready, LocalDate neededBy) {
        return (int) Math.max(0, ChronoUnit.DAYS.between(neededBy, ready));
    }
}
