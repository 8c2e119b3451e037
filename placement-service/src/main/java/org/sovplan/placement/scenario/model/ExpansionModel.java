package org.sovplan.placement.scenario.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.google.ortools.linearsolver.MPConstraint;
import com.google.ortools.linearsolver.MPObjective;
import com.google.ortools.linearsolver.MPSolver;
import com.google.ortools.linearsolver.MPVariable;

import org.sovplan.placement.scenario.model.ExpansionProblem.DemandLine;
import org.sovplan.placement.scenario.model.ExpansionProblem.DemandOption;
import org.sovplan.placement.scenario.model.ExpansionProblem.ModelOption;
import org.sovplan.placement.scenario.model.ExpansionProblem.SiteOption;
import org.sovplan.placement.scenario.model.ExpansionProblem.ZoneOption;

/**
 * The capacity-expansion MILP of an {@link ExpansionProblem} (docs/scenarios.md has the
 * formulation with a case worked by hand). Decisions per year: accelerators bought per site and
 * model (integer), IT MW built per site, grid MW upgraded per zone, and the units of each demand
 * line served per option, site and model, or left unserved. An asset decided in year t serves from
 * t + lead time for its lifetime; its capex is spent in t. The objective is the net present value of
 * capex (less the straight-line salvage value of what outlives the horizon, as OSeMOSYS does),
 * energy and carbon of the GPUs serving, and the penalty of unserved demand.
 */
public final class ExpansionModel {

    /** Hours in a (non-leap) year. */
    static final double HOURS_PER_YEAR = 8760;
    private static final double NO_LIMIT = MPSolver.infinity();

    final ExpansionProblem p;
    final MPSolver solver;
    final int years;
    /** buy[site][model][year the GPUs first serve]; null where not decidable. */
    final MPVariable[][][] buy;
    /** build[site][year the MW first serve], IT MW. */
    final MPVariable[][] build;
    /** grid[grid option][year the MW first serve]: each option adds MW to its zone ({@link #gridOptions}). */
    final MPVariable[][] grid;
    /** The ways to add grid MW: a zone's candidate upgrades, or the configured unit cost where it has none. */
    final List<GridOption> gridOptions = new ArrayList<>();
    /** unserved[demand][year], units. */
    final MPVariable[][] unserved;
    /** Every serve variable with what it serves. */
    final List<Serve> serves = new ArrayList<>();
    /** The constraints whose binding a planner should hear about. */
    final List<Limit> limits = new ArrayList<>();
    final Map<String, Integer> modelIndex = new HashMap<>();
    final Map<String, Integer> siteIndex = new HashMap<>();
    final Map<String, Integer> zoneIndex = new HashMap<>();

    /** One serve variable: units of demand {@code demand}, option {@code option}, at site and model, in a year. */
    record Serve(int demand, int option, int site, int model, int year, double gpusPerUnit, MPVariable var) {
    }

    /**
     * A way to add grid MW to a zone: a candidate upgrade ({@code name}, at most {@code maxMw} in all)
     * or, where the zone has none, the configured unit cost without limit ({@code name} null).
     */
    record GridOption(int zone, String name, double capexUsdPerMw, int leadYears, double maxMw) {
    }

    /** A limit a planner should know binds: its family, what it is about, the year, and the constraint. */
    record Limit(String family, String subject, int year, MPConstraint constraint) {
    }

    /** Whether accelerator purchases are continuous (the LP relaxation) rather than integer. */
    final boolean relaxed;

    ExpansionModel(ExpansionProblem problem, MPSolver solver, boolean relaxed) {
        this.p = problem;
        this.solver = solver;
        this.relaxed = relaxed;
        this.years = problem.years();
        for (int m = 0; m < p.models().size(); m++) {
            modelIndex.put(p.models().get(m).code(), m);
        }
        for (int s = 0; s < p.sites().size(); s++) {
            siteIndex.put(p.sites().get(s).key(), s);
        }
        for (int z = 0; z < p.zones().size(); z++) {
            zoneIndex.put(p.zones().get(z).code(), z);
        }
        for (int z = 0; z < p.zones().size(); z++) {
            ZoneOption zone = p.zones().get(z);
            if (zone.upgrades() == null || zone.upgrades().isEmpty()) {
                gridOptions.add(new GridOption(z, null, p.economics().gridCapexUsdPerMw(), p.leadTimes().gridYears(),
                        NO_LIMIT));
            } else {
                for (ExpansionProblem.GridUpgrade u : zone.upgrades()) {
                    gridOptions.add(new GridOption(z, u.name(), u.capexUsdPerMw(), u.leadYears(), u.maxMw()));
                }
            }
        }
        buy = new MPVariable[p.sites().size()][p.models().size()][];
        build = new MPVariable[p.sites().size()][];
        grid = new MPVariable[gridOptions.size()][];
        unserved = new MPVariable[p.demands().size()][years];
    }

    /** Builds the variables, constraints and objective; {@code relaxed} makes GPU purchases continuous. */
    static ExpansionModel build(ExpansionProblem problem, MPSolver solver, boolean relaxed) {
        ExpansionModel model = new ExpansionModel(problem, solver, relaxed);
        model.addInvestments();
        model.addDemand();
        model.addGpuCapacity();
        model.addItCapacity();
        model.addGridHeadroom();
        model.addBuildRates();
        model.addBudget();
        return model;
    }

    private void addInvestments() {
        boolean[][] usable = usableModels();
        int leadGpu = p.leadTimes().acceleratorYears();
        int leadDc = p.leadTimes().dataCentreYears();
        for (int s = 0; s < p.sites().size(); s++) {
            SiteOption site = p.sites().get(s);
            boolean expandable = site.maxItMw() > site.existingItMw();
            build[s] = new MPVariable[years];
            for (int y = leadDc; y < years && expandable; y++) {
                if (site.candidate() || y >= p.index(site.readyYear())) {
                    build[s][y] = solver.makeNumVar(0, NO_LIMIT, "build_" + s + "_" + y);
                }
            }
            for (int m = 0; m < p.models().size(); m++) {
                buy[s][m] = new MPVariable[years];
                for (int y = leadGpu; y < years && usable[s][m]; y++) {
                    buy[s][m][y] = relaxed ? solver.makeNumVar(0, NO_LIMIT, "buy_" + s + "_" + m + "_" + y)
                            : solver.makeIntVar(0, NO_LIMIT, "buy_" + s + "_" + m + "_" + y);
                }
            }
        }
        for (int g = 0; g < gridOptions.size(); g++) {
            GridOption option = gridOptions.get(g);
            grid[g] = new MPVariable[years];
            for (int y = option.leadYears(); y < years; y++) {
                grid[g][y] = solver.makeNumVar(0, Math.min(option.maxMw(), NO_LIMIT), "grid_" + g + "_" + y);
            }
            if (option.maxMw() < NO_LIMIT) {
                addUpgradeSize(g, option, grid[g]);
            }
        }
        MPObjective objective = solver.objective();
        for (int y = 0; y < years; y++) {
            for (int s = 0; s < p.sites().size(); s++) {
                for (int m = 0; m < p.models().size(); m++) {
                    setCapex(objective, buy[s][m][y], p.models().get(m).unitPriceUsd(), y, leadGpu,
                            p.lifetimes().acceleratorYears());
                }
                setCapex(objective, build[s][y], p.economics().dataCentreCapexUsdPerItMw(), y, leadDc,
                        p.lifetimes().dataCentreYears());
            }
            for (int g = 0; g < gridOptions.size(); g++) {
                setCapex(objective, grid[g][y], gridOptions.get(g).capexUsdPerMw(), y, gridOptions.get(g).leadYears(),
                        p.lifetimes().gridYears());
            }
        }
        objective.setMinimization();
    }

    /** A candidate upgrade adds at most its size in all, whatever the years it is built in. */
    private void addUpgradeSize(int g, GridOption option, MPVariable[] byYear) {
        String subject = option.name() + " (zone " + p.zones().get(option.zone()).code() + ")";
        for (int y = 0; y < years; y++) {
            if (byYear[y] == null) {
                continue;
            }
            MPConstraint size = solver.makeConstraint(-NO_LIMIT, option.maxMw(), "upgrade_" + g + "_" + y);
            for (int t = 0; t <= y; t++) {
                setIfPresent(size, byYear[t], 1);
            }
            limits.add(new Limit("grid upgrade size", subject, y, size));
        }
    }

    /** Capex discounted to its spend year, less the discounted salvage value left after the horizon. */
    private void setCapex(MPObjective objective, MPVariable var, double unitCapex, int onlineYear, int lead, int life) {
        if (var != null) {
            objective.setCoefficient(var, unitCapex * (p.discount(onlineYear - lead)
                    - salvageFraction(onlineYear, life) * p.discount(years)));
        }
    }

    /** Share of an asset's life left after the horizon (straight-line), credited in the year after it. */
    double salvageFraction(int onlineYear, int life) {
        int lastServed = onlineYear + life - 1;
        return Math.max(0, lastServed - (years - 1)) / (double) life;
    }

    /** Models worth buying at a site: those some demand option may use there, and the site may hold. */
    private boolean[][] usableModels() {
        boolean[][] usable = new boolean[p.sites().size()][p.models().size()];
        for (DemandLine d : p.demands()) {
            for (String key : d.eligibleSites()) {
                Integer s = siteIndex.get(key);
                for (DemandOption o : d.options()) {
                    for (String code : o.gpusPerUnit().keySet()) {
                        Integer m = modelIndex.get(code);
                        if (s != null && m != null && p.sites().get(s).purchasable(code)) {
                            usable[s][m] = true;
                        }
                    }
                }
            }
        }
        return usable;
    }

    private void addDemand() {
        MPObjective objective = solver.objective();
        for (int d = 0; d < p.demands().size(); d++) {
            DemandLine line = p.demands().get(d);
            double penalty = p.economics().unservedPenaltyUsdPerGpuYear() * line.minGpusPerUnit();
            for (int y = 0; y < years; y++) {
                double units = line.units()[y];
                MPConstraint meet = solver.makeConstraint(units, units, "demand_" + d + "_" + y);
                unserved[d][y] = solver.makeNumVar(0, units, "unserved_" + d + "_" + y);
                meet.setCoefficient(unserved[d][y], 1);
                objective.setCoefficient(unserved[d][y], penalty * p.discount(y));
                if (units <= 0) {
                    continue;
                }
                for (String key : line.eligibleSites()) {
                    addServes(d, line, y, siteIndex.get(key), meet, objective);
                }
            }
        }
    }

    private void addServes(int d, DemandLine line, int y, int s, MPConstraint meet, MPObjective objective) {
        SiteOption site = p.sites().get(s);
        ZoneOption zone = p.zones().get(zoneIndex.get(site.zoneCode()));
        double usdPerMwh = zone.priceUsdPerMwh() + p.carbonPriceUsdPerTonne()[y] * zone.carbonGPerKwh() / 1000;
        for (int o = 0; o < line.options().size(); o++) {
            for (Map.Entry<String, Double> need : line.options().get(o).gpusPerUnit().entrySet()) {
                Integer m = modelIndex.get(need.getKey());
                if (m == null) {
                    continue;
                }
                MPVariable var = solver.makeNumVar(0, line.units()[y], "serve_" + d + "_" + o + "_" + s + "_" + m + "_" + y);
                meet.setCoefficient(var, 1);
                double mwhPerUnit = need.getValue() * p.models().get(m).itKwPerGpu() / 1000 * site.pue()
                        * HOURS_PER_YEAR * line.loadFactor();
                objective.setCoefficient(var, mwhPerUnit * usdPerMwh * p.discount(y));
                serves.add(new Serve(d, o, s, m, y, need.getValue(), var));
            }
        }
    }

    /** GPUs serving at a site and model never exceed those in service there: existing plus bought, not retired. */
    private void addGpuCapacity() {
        Map<String, MPConstraint> rows = new HashMap<>();
        for (Serve serve : serves) {
            MPConstraint row = rows.computeIfAbsent(serve.site() + "/" + serve.model() + "/" + serve.year(), k -> {
                MPConstraint c = solver.makeConstraint(-NO_LIMIT,
                        existingGpusInService(serve.site(), serve.model(), serve.year()), "gpus_" + k);
                forEachInService(buy[serve.site()][serve.model()], serve.year(), p.lifetimes().acceleratorYears(),
                        v -> c.setCoefficient(v, -1));
                return c;
            });
            row.setCoefficient(serve.var(), serve.gpusPerUnit());
        }
    }

    /**
     * The IT power of the accelerators in service at a site fits its IT MW: the existing capacity
     * (at least what its existing pools draw, so existing data never makes the model infeasible)
     * plus the MW built and still in service; and what is built never exceeds the site's potential.
     */
    private void addItCapacity() {
        for (int s = 0; s < p.sites().size(); s++) {
            SiteOption site = p.sites().get(s);
            for (int y = 0; y < years; y++) {
                MPConstraint row = solver.makeConstraint(-NO_LIMIT, spareExistingMw(s, y), "itmw_" + s + "_" + y);
                for (int m = 0; m < p.models().size(); m++) {
                    double mwPerGpu = p.models().get(m).itKwPerGpu() / 1000;
                    forEachInService(buy[s][m], y, p.lifetimes().acceleratorYears(), v -> row.setCoefficient(v, mwPerGpu));
                }
                forEachInService(build[s], y, p.lifetimes().dataCentreYears(), v -> row.setCoefficient(v, -1));
                if (build[s][y] != null) {
                    MPConstraint potential = solver.makeConstraint(-NO_LIMIT,
                            Math.max(0, site.maxItMw() - site.existingItMw()), "potential_" + s + "_" + y);
                    for (int t = 0; t <= y; t++) {
                        if (build[s][t] != null) {
                            potential.setCoefficient(build[s][t], 1);
                        }
                    }
                    limits.add(new Limit("site IT MW potential", site.name(), y, potential));
                }
            }
        }
    }

    /** Facility power (IT MW × PUE) built in a zone fits its headroom that year plus the grid MW upgraded and in service. */
    private void addGridHeadroom() {
        for (int z = 0; z < p.zones().size(); z++) {
            ZoneOption zone = p.zones().get(z);
            for (int y = 0; y < years; y++) {
                MPConstraint row = solver.makeConstraint(-NO_LIMIT, zone.headroomMw()[y], "grid_" + z + "_" + y);
                boolean any = false;
                for (int s = 0; s < p.sites().size(); s++) {
                    SiteOption site = p.sites().get(s);
                    if (site.zoneCode().equals(zone.code())) {
                        double pue = site.pue();
                        any |= forEachInService(build[s], y, p.lifetimes().dataCentreYears(), v -> row.setCoefficient(v, pue));
                    }
                }
                for (int g = 0; g < gridOptions.size(); g++) {
                    if (gridOptions.get(g).zone() == z) {
                        forEachInService(grid[g], y, p.lifetimes().gridYears(), v -> row.setCoefficient(v, -1));
                    }
                }
                if (any) {
                    limits.add(new Limit("grid headroom", "zone " + zone.code(), y, row));
                }
            }
        }
    }

    private void addBuildRates() {
        ExpansionProblem.BuildRates rates = p.buildRates();
        for (int y = 0; y < years; y++) {
            if (rates.maxGpusPerYear() != null) {
                MPConstraint row = solver.makeConstraint(-NO_LIMIT, rates.maxGpusPerYear(), "rate_gpus_" + y);
                for (MPVariable[][] site : buy) {
                    for (MPVariable[] model : site) {
                        setIfPresent(row, model[y], 1);
                    }
                }
                limits.add(new Limit("accelerator build rate", "all sites", y, row));
            }
            if (rates.maxItMwPerYear() != null) {
                MPConstraint row = solver.makeConstraint(-NO_LIMIT, rates.maxItMwPerYear(), "rate_itmw_" + y);
                for (MPVariable[] site : build) {
                    setIfPresent(row, site[y], 1);
                }
                limits.add(new Limit("data-centre build rate", "all sites", y, row));
            }
            if (rates.maxGridMwPerYear() != null) {
                MPConstraint row = solver.makeConstraint(-NO_LIMIT, rates.maxGridMwPerYear(), "rate_grid_" + y);
                for (MPVariable[] zone : grid) {
                    setIfPresent(row, zone[y], 1);
                }
                limits.add(new Limit("grid build rate", "all zones", y, row));
            }
        }
    }

    /** Capex spent in a year (decisions taken that year, whatever their lead time) within its budget. */
    private void addBudget() {
        ExpansionProblem.LeadTimes lead = p.leadTimes();
        for (int t = 0; t < years; t++) {
            Double budget = p.capexBudgetUsd()[t];
            if (budget == null) {
                continue;
            }
            MPConstraint row = solver.makeConstraint(-NO_LIMIT, budget, "budget_" + t);
            for (int s = 0; s < p.sites().size(); s++) {
                for (int m = 0; m < p.models().size(); m++) {
                    setIfPresent(row, at(buy[s][m], t + lead.acceleratorYears()), p.models().get(m).unitPriceUsd());
                }
                setIfPresent(row, at(build[s], t + lead.dataCentreYears()), p.economics().dataCentreCapexUsdPerItMw());
            }
            for (int g = 0; g < gridOptions.size(); g++) {
                GridOption option = gridOptions.get(g);
                setIfPresent(row, at(grid[g], t + option.leadYears()), option.capexUsdPerMw());
            }
            limits.add(new Limit("capex budget", "the region", t, row));
        }
    }

    double existingGpusInService(int s, int m, int y) {
        SiteOption site = p.sites().get(s);
        int ready = p.index(site.readyYear());
        boolean inService = y >= ready && y < ready + p.lifetimes().existingAcceleratorYears();
        return inService ? site.existingGpus().getOrDefault(p.models().get(m).code(), 0) : 0;
    }

    /** Existing IT MW not taken by existing accelerators still in service. */
    double spareExistingMw(int s, int y) {
        SiteOption site = p.sites().get(s);
        if (y < p.index(site.readyYear())) {
            return 0;
        }
        double existingGpuMwAtReady = 0;
        double existingGpuMwNow = 0;
        for (int m = 0; m < p.models().size(); m++) {
            double mw = site.existingGpus().getOrDefault(p.models().get(m).code(), 0) * p.models().get(m).itKwPerGpu() / 1000;
            existingGpuMwAtReady += mw;
            existingGpuMwNow += existingGpusInService(s, m, y) > 0 ? mw : 0;
        }
        return Math.max(site.existingItMw(), existingGpuMwAtReady) - existingGpuMwNow;
    }

    /** Applies {@code action} to the variables of assets online in a year still serving in year {@code y}. */
    static boolean forEachInService(MPVariable[] byOnlineYear, int y, int life, java.util.function.Consumer<MPVariable> action) {
        boolean any = false;
        for (int t = Math.max(0, y - life + 1); t <= y; t++) {
            if (byOnlineYear[t] != null) {
                action.accept(byOnlineYear[t]);
                any = true;
            }
        }
        return any;
    }

    /** Every purchase variable, in a fixed order (for rounding and hints). */
    List<MPVariable> purchases() {
        List<MPVariable> all = new ArrayList<>();
        for (MPVariable[][] site : buy) {
            for (MPVariable[] model : site) {
                for (MPVariable v : model) {
                    if (v != null) {
                        all.add(v);
                    }
                }
            }
        }
        return all;
    }

    private static MPVariable at(MPVariable[] vars, int i) {
        return i < vars.length ? vars[i] : null;
    }

    private static void setIfPresent(MPConstraint row, MPVariable var, double coefficient) {
        if (var != null) {
            row.setCoefficient(var, coefficient);
        }
    }
}
