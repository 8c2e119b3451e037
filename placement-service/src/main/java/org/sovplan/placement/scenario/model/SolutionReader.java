package org.sovplan.placement.scenario.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import com.google.ortools.linearsolver.MPVariable;

import org.sovplan.placement.scenario.model.ExpansionModel.Limit;
import org.sovplan.placement.scenario.model.ExpansionModel.Serve;
import org.sovplan.placement.scenario.model.ExpansionProblem.DemandLine;
import org.sovplan.placement.scenario.model.ExpansionProblem.ModelOption;
import org.sovplan.placement.scenario.model.ExpansionProblem.SiteOption;
import org.sovplan.placement.scenario.model.ExpansionProblem.ZoneOption;
import org.sovplan.placement.scenario.model.ScenarioResult.Binding;
import org.sovplan.placement.scenario.model.ScenarioResult.Build;

/** Reads a solved {@link ExpansionModel} into a {@link ScenarioResult}. */
final class SolutionReader {

    private static final double EPSILON = 1e-6;

    private final ExpansionModel m;
    private final ExpansionProblem p;
    private final int years;
    private final double relativeGap;
    private double[] activities;

    /** @param relativeGap the relative gap the solver was asked to reach (a fraction) */
    SolutionReader(ExpansionModel model, double relativeGap) {
        this.m = model;
        this.relativeGap = relativeGap;
        this.p = model.p;
        this.years = model.years;
    }

    ScenarioResult notSolved(long wallMs, boolean timeLimitReached) {
        return empty(new ScenarioResult.Solver(ExpansionSolver.MIP, "NOT_SOLVED", null, gapPct(), 0, 0, wallMs,
                m.solver.numVariables(), m.solver.numConstraints(), timeLimitReached));
    }

    /** Reads the model's current solution, whose objective and proven bound the caller states. */
    ScenarioResult read(String status, String engine, double objective, double bound, long wallMs,
            boolean timeLimitReached) {
        activities = m.solver.computeConstraintActivities();
        ScenarioResult.Solver verdict = new ScenarioResult.Solver(engine, status,
                ExpansionSolver.gapPct(objective, bound), gapPct(), Figures.usd(objective),
                Double.isFinite(bound) ? Figures.usd(bound) : 0, wallMs,
                m.solver.numVariables(), m.solver.numConstraints(), timeLimitReached);
        List<Binding> binding = binding();
        double penalty = 0;
        List<ScenarioResult.YearFigures> figures = new ArrayList<>();
        for (int y = 0; y < years; y++) {
            ScenarioResult.YearFigures year = yearFigures(y);
            figures.add(year);
            penalty += unservedPenalty(y) * p.discount(y);
        }
        return new ScenarioResult(verdict, Figures.usd(objective), Figures.usd(objective - penalty), builds(), figures,
                capacityByModel(), capacityBySite(), unserved(), binding, substitutions(), demandUnits());
    }

    private ScenarioResult empty(ScenarioResult.Solver verdict) {
        return new ScenarioResult(verdict, 0, 0, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of(), demandUnits());
    }

    private java.math.BigDecimal gapPct() {
        return Figures.down(relativeGap * 100, 4).stripTrailingZeros();
    }

    private List<ScenarioResult.DemandUnit> demandUnits() {
        return p.demands().stream().map(d -> new ScenarioResult.DemandUnit(d.name(), d.unit(),
                d.options().isEmpty() ? null : Figures.down(d.minGpusPerUnit(), 3))).toList();
    }

    private List<Build> builds() {
        List<Build> builds = new ArrayList<>();
        ExpansionProblem.LeadTimes lead = p.leadTimes();
        for (int y = 0; y < years; y++) {
            for (int s = 0; s < p.sites().size(); s++) {
                SiteOption site = p.sites().get(s);
                for (int k = 0; k < p.models().size(); k++) {
                    double gpus = value(m.buy[s][k][y]);
                    if (gpus > EPSILON) {
                        ModelOption model = p.models().get(k);
                        builds.add(new Build("ACCELERATORS", year(y - lead.acceleratorYears()), year(y), site.name(),
                                site.zoneCode(), model.code(), (int) Figures.count(gpus), null,
                                Figures.usd(Math.round(gpus) * model.unitPriceUsd())));
                    }
                }
                double mw = value(m.build[s][y]);
                if (mw > EPSILON) {
                    builds.add(new Build("DATA_CENTRE", year(y - lead.dataCentreYears()), year(y), site.name(),
                            site.zoneCode(), null, null, Figures.mw(mw),
                            Figures.usd(mw * p.economics().dataCentreCapexUsdPerItMw())));
                }
            }
            for (int g = 0; g < m.gridOptions.size(); g++) {
                ExpansionModel.GridOption option = m.gridOptions.get(g);
                double mw = value(m.grid[g][y]);
                if (mw > EPSILON) {
                    builds.add(new Build("GRID", year(y - option.leadYears()), year(y), null,
                            p.zones().get(option.zone()).code(), null, null, Figures.mw(mw),
                            Figures.usd(mw * option.capexUsdPerMw()), option.name()));
                }
            }
        }
        builds.sort(java.util.Comparator.comparingInt(Build::decisionYear).thenComparing(Build::kind));
        return builds;
    }

    private ScenarioResult.YearFigures yearFigures(int y) {
        double capex = 0;
        ExpansionProblem.LeadTimes lead = p.leadTimes();
        for (int s = 0; s < p.sites().size(); s++) {
            for (int k = 0; k < p.models().size(); k++) {
                capex += value(at(m.buy[s][k], y + lead.acceleratorYears())) * p.models().get(k).unitPriceUsd();
            }
            capex += value(at(m.build[s], y + lead.dataCentreYears())) * p.economics().dataCentreCapexUsdPerItMw();
        }
        for (int g = 0; g < m.gridOptions.size(); g++) {
            ExpansionModel.GridOption option = m.gridOptions.get(g);
            capex += value(at(m.grid[g], y + option.leadYears())) * option.capexUsdPerMw();
        }
        double mwh = 0;
        double energyUsd = 0;
        double tonnes = 0;
        for (Serve serve : m.serves) {
            if (serve.year() != y) {
                continue;
            }
            double units = serve.var().solutionValue();
            if (units <= EPSILON) {
                continue;
            }
            SiteOption site = p.sites().get(serve.site());
            ZoneOption zone = zone(site);
            double energy = units * serve.gpusPerUnit() * p.models().get(serve.model()).itKwPerGpu() / 1000 * site.pue()
                    * ExpansionModel.HOURS_PER_YEAR * p.demands().get(serve.demand()).loadFactor();
            mwh += energy;
            energyUsd += energy * zone.priceUsdPerMwh();
            tonnes += energy * zone.carbonGPerKwh() / 1000;
        }
        double demand = 0;
        double unserved = 0;
        double unservedGpus = 0;
        for (int d = 0; d < p.demands().size(); d++) {
            demand += p.demands().get(d).units()[y];
            double u = value(m.unserved[d][y]);
            unserved += u;
            unservedGpus += u * p.demands().get(d).minGpusPerUnit();
        }
        return new ScenarioResult.YearFigures(year(y), Figures.usd(capex), Figures.usd(energyUsd),
                Figures.usd(tonnes * p.carbonPriceUsdPerTonne()[y]), Figures.down(mwh, 1), Figures.down(tonnes, 1),
                gpusInService(y), Figures.mw(builtInService(m.build, y, p.lifetimes().dataCentreYears())),
                Figures.mw(builtInService(m.grid, y, p.lifetimes().gridYears())), Figures.down(demand, 3),
                Figures.down(unserved, 3), Figures.down(unservedGpus, 3), Figures.usd(unservedPenalty(y)));
    }

    private double unservedPenalty(int y) {
        double penalty = 0;
        for (int d = 0; d < p.demands().size(); d++) {
            penalty += value(m.unserved[d][y]) * p.demands().get(d).minGpusPerUnit()
                    * p.economics().unservedPenaltyUsdPerGpuYear();
        }
        return penalty;
    }

    private long gpusInService(int y) {
        long total = 0;
        for (int s = 0; s < p.sites().size(); s++) {
            for (int k = 0; k < p.models().size(); k++) {
                total += gpus(s, k, y);
            }
        }
        return total;
    }

    private long gpus(int s, int k, int y) {
        double[] sum = { m.existingGpusInService(s, k, y) };
        ExpansionModel.forEachInService(m.buy[s][k], y, p.lifetimes().acceleratorYears(), v -> sum[0] += v.solutionValue());
        return Figures.count(sum[0]);
    }

    private double builtInService(MPVariable[][] vars, int y, int life) {
        double[] sum = { 0 };
        for (MPVariable[] byYear : vars) {
            ExpansionModel.forEachInService(byYear, y, life, v -> sum[0] += v.solutionValue());
        }
        return sum[0];
    }

    private List<ScenarioResult.ModelCapacity> capacityByModel() {
        List<ScenarioResult.ModelCapacity> rows = new ArrayList<>();
        for (int y = 0; y < years; y++) {
            for (int k = 0; k < p.models().size(); k++) {
                long total = 0;
                for (int s = 0; s < p.sites().size(); s++) {
                    total += gpus(s, k, y);
                }
                if (total > 0) {
                    rows.add(new ScenarioResult.ModelCapacity(year(y), p.models().get(k).code(), total));
                }
            }
        }
        return rows;
    }

    private List<ScenarioResult.SiteCapacity> capacityBySite() {
        List<ScenarioResult.SiteCapacity> rows = new ArrayList<>();
        for (int y = 0; y < years; y++) {
            for (int s = 0; s < p.sites().size(); s++) {
                long total = 0;
                for (int k = 0; k < p.models().size(); k++) {
                    total += gpus(s, k, y);
                }
                SiteOption site = p.sites().get(s);
                double[] mw = { y >= p.index(site.readyYear()) ? site.existingItMw() : 0 };
                ExpansionModel.forEachInService(m.build[s], y, p.lifetimes().dataCentreYears(), v -> mw[0] += v.solutionValue());
                if (total > 0 || mw[0] > EPSILON) {
                    rows.add(new ScenarioResult.SiteCapacity(year(y), site.name(), total, Figures.mw(mw[0])));
                }
            }
        }
        return rows;
    }

    private List<ScenarioResult.Substitution> substitutions() {
        Map<String, double[]> served = new LinkedHashMap<>();
        for (Serve serve : m.serves) {
            double units = serve.var().solutionValue();
            if (units > EPSILON) {
                DemandLine line = p.demands().get(serve.demand());
                served.computeIfAbsent(line.name() + "\u0000" + serve.year() + "\u0000" + line.options().get(serve.option()).name(),
                        k -> new double[1])[0] += units;
            }
        }
        List<ScenarioResult.Substitution> rows = new ArrayList<>();
        served.forEach((key, units) -> {
            String[] parts = key.split("\u0000");
            rows.add(new ScenarioResult.Substitution(parts[0], year(Integer.parseInt(parts[1])), parts[2],
                    Figures.down(units[0], 3)));
        });
        rows.sort(java.util.Comparator.comparing(ScenarioResult.Substitution::demand)
                .thenComparingInt(ScenarioResult.Substitution::year).thenComparing(ScenarioResult.Substitution::option));
        return rows;
    }

    private List<ScenarioResult.Unserved> unserved() {
        List<ScenarioResult.Unserved> rows = new ArrayList<>();
        for (int d = 0; d < p.demands().size(); d++) {
            DemandLine line = p.demands().get(d);
            for (int y = 0; y < years; y++) {
                double units = value(m.unserved[d][y]);
                if (units > EPSILON) {
                    rows.add(new ScenarioResult.Unserved(line.name(), year(y), Figures.down(units, 3),
                            Figures.down(units * line.minGpusPerUnit(), 3), reason(line, y)));
                }
            }
        }
        return rows;
    }

    /** Why a line is not (fully) served in a year: its rules, lead times, binding limits, or cost. */
    private String reason(DemandLine line, int y) {
        if (line.eligibleSites().isEmpty()) {
            return line.ineligibleReason();
        }
        boolean existing = line.eligibleSites().stream().map(m.siteIndex::get).anyMatch(s -> {
            for (int k = 0; k < p.models().size(); k++) {
                if (m.existingGpusInService(s, k, y) > 0) {
                    return true;
                }
            }
            return false;
        });
        if (!existing && y < p.leadTimes().acceleratorYears()) {
            return "lead time: accelerators ordered in " + p.firstYear() + " serve from "
                    + year(p.leadTimes().acceleratorYears()) + ", and no eligible site has accelerators before";
        }
        Set<String> zones = new LinkedHashSet<>();
        Set<String> sites = new LinkedHashSet<>();
        for (String key : line.eligibleSites()) {
            SiteOption site = p.sites().get(m.siteIndex.get(key));
            zones.add("zone " + site.zoneCode());
            sites.add(site.name());
        }
        int maxLead = Math.max(p.leadTimes().acceleratorYears(), Math.max(p.leadTimes().dataCentreYears(),
                p.leadTimes().gridYears()));
        Set<String> causes = new LinkedHashSet<>();
        for (Limit limit : m.limits) {
            boolean relevant = switch (limit.family()) {
                case "grid headroom" -> zones.contains(limit.subject()) && limit.year() == y;
                case "grid upgrade size" -> zones.stream().anyMatch(z -> limit.subject().endsWith("(" + z + ")"))
                        && limit.year() <= y;
                case "site IT MW potential" -> sites.contains(limit.subject()) && limit.year() <= y;
                case "capex budget" -> limit.year() <= y && limit.year() >= y - maxLead;
                default -> limit.year() == y;
            };
            if (relevant && atBound(limit)) {
                causes.add(limit.family() + (limit.subject().equals("all sites") || limit.subject().equals("all zones")
                        || limit.subject().equals("the region") ? "" : " of " + limit.subject())
                        + (limit.family().equals("grid headroom") ? "" : " in " + year(limit.year())));
            }
        }
        if (!causes.isEmpty()) {
            return "limited by " + String.join("; ", causes);
        }
        return "serving it would cost more than the unserved-demand penalty of "
                + Figures.usd(p.economics().unservedPenaltyUsdPerGpuYear()) + " USD per GPU-year";
    }

    /** Limits at their bound with something pressing on them, grouped into runs of consecutive years. */
    private List<Binding> binding() {
        Map<String, TreeMap<Integer, Boolean>> byLimit = new LinkedHashMap<>();
        for (Limit limit : m.limits) {
            if (atBound(limit) && activity(limit) > EPSILON) {
                byLimit.computeIfAbsent(limit.family() + "\u0000" + limit.subject(), k -> new TreeMap<>())
                        .put(limit.year(), true);
            }
        }
        List<Binding> rows = new ArrayList<>();
        byLimit.forEach((key, yearsBound) -> {
            String[] parts = key.split("\u0000");
            Integer from = null;
            Integer previous = null;
            for (int y : yearsBound.keySet()) {
                if (from == null) {
                    from = y;
                } else if (y != previous + 1) {
                    rows.add(binding(parts[0], parts[1], from, previous));
                    from = y;
                }
                previous = y;
            }
            rows.add(binding(parts[0], parts[1], from, previous));
        });
        return rows;
    }

    private Binding binding(String family, String subject, int from, int to) {
        String when = from == to ? "in " + year(from) : "in " + year(from) + "-" + year(to);
        return new Binding(family, subject, year(from), year(to), family + " of " + subject + " binds " + when);
    }

    private boolean atBound(Limit limit) {
        double ub = limit.constraint().ub();
        return activity(limit) >= ub - EPSILON * Math.max(1, Math.abs(ub));
    }

    private double activity(Limit limit) {
        return activities[limit.constraint().index()];
    }

    private ZoneOption zone(SiteOption site) {
        return p.zones().get(m.zoneIndex.get(site.zoneCode()));
    }

    private int year(int index) {
        return p.firstYear() + index;
    }

    private static double value(MPVariable var) {
        return var == null ? 0 : var.solutionValue();
    }

    private static MPVariable at(MPVariable[] vars, int i) {
        return i < vars.length ? vars[i] : null;
    }
}
