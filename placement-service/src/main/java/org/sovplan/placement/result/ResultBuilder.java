package org.sovplan.placement.result;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import ai.timefold.solver.core.api.score.analysis.ConstraintAnalysis;
import ai.timefold.solver.core.api.score.analysis.ScoreAnalysis;
import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;

import org.sovplan.common.domain.SovereigntyLevel;
import org.sovplan.placement.config.PlacementConfig;
import org.sovplan.placement.problem.BuiltProblem;
import org.sovplan.placement.problem.CandidateReport;
import org.sovplan.placement.problem.PlanningInputs;
import org.sovplan.placement.problem.WorkloadDemand;
import org.sovplan.placement.result.InvestmentAdvisor.Draft;
import org.sovplan.placement.result.PlanResult.Assignment;
import org.sovplan.placement.result.PlanResult.Basis;
import org.sovplan.placement.result.PlanResult.ConstraintScore;
import org.sovplan.placement.result.PlanResult.InvestmentOption;
import org.sovplan.placement.result.PlanResult.LateStart;
import org.sovplan.placement.result.PlanResult.Shortfall;
import org.sovplan.placement.result.PlanResult.Unplaced;
import org.sovplan.placement.sizing.Units;
import org.sovplan.placement.solver.Candidate;
import org.sovplan.placement.solver.Justifications;
import org.sovplan.placement.solver.Placement;
import org.sovplan.placement.solver.PlacementConstraints;
import org.sovplan.placement.solver.PlacementSolution;

/**
 * Builds the plan result from a solved solution and its Timefold score analysis: the unplaced
 * workloads are the matches of the "Unplaced workload" constraint, each explained from candidate
 * filtering and the capacity the plan leaves, with its ranked investment options; the timeline
 * flags start dates that cannot be met; the summary says it all in one paragraph.
 */
public class ResultBuilder {

    private final PlacementConfig config;

    public ResultBuilder(PlacementConfig config) {
        this.config = config;
    }

    public PlanResult build(BuiltProblem built, PlacementSolution solved,
            ScoreAnalysis<HardMediumSoftLongScore> analysis) {
        Residuals residuals = new Residuals(solved);
        PlanningInputs inputs = built.problem().inputs();
        Set<UUID> unplacedIds = unplacedIds(analysis);
        InvestmentAdvisor advisor = new InvestmentAdvisor(config, built, residuals);
        Timeline timeline = new Timeline(built.problem().today());
        List<Assignment> assignments = new ArrayList<>();
        List<Unplaced> unplaced = new ArrayList<>();
        List<InvestmentOption> investments = new ArrayList<>();
        Map<String, Shortfall> shortfalls = new LinkedHashMap<>();
        for (Placement p : solved.getPlacements()) {
            CandidateReport report = built.reports().get(p.getWorkloadId());
            WorkloadDemand w = report.workload();
            if (p.getPool() != null) {
                assignments.add(Assignments.of(p, w, inputs, built.problem().today()));
                timeline.placed(w);
            } else if (unplacedIds.contains(p.getWorkloadId())) {
                Candidate best = bestOption(report, residuals);
                unplaced.add(new Unplaced(p.getWorkloadId(), p.getName(), p.getPriority(),
                        Explainer.reason(report, best, residuals), Explainer.blockers(report, best, residuals)));
                List<Draft> options = advisor.options(report);
                for (int i = 0; i < options.size(); i++) {
                    investments.add(Options.of(options.get(i), i + 1, w, advisor.neededBy(w), inputs));
                }
                if (!options.isEmpty()) {
                    shortfall(shortfalls, options.get(0), w.id());
                }
                timeline.unplaced(w, options.isEmpty() ? null : options.get(0).readyDate());
            }
        }
        List<LateStart> late = timeline.late();
        var totals = TotalsBuilder.of(solved.getPlacements().size(), assignments, unplaced, investments, late);
        String summary = Summary.of(solved.getPlacements().size(), assignments, unplaced, investments, late);
        return new PlanResult(analysis.score().toString(), analysis.score().isFeasible(), summary, assignments,
                unplaced, List.copyOf(shortfalls.values()), investments, late, totals, Assumptions.of(config),
                constraints(analysis));
    }

    /** The option closest to working: one that fits the leftover capacity, else the cheapest. */
    static Candidate bestOption(CandidateReport report, Residuals residuals) {
        if (report.hasCandidates()) {
            return report.candidates().stream().filter(c -> Explainer.fits(c, residuals)).findFirst()
                    .orElse(report.candidates().get(0));
        }
        return report.tooSmall().isEmpty() ? null : report.tooSmall().get(0);
    }

    /** What the recommended option adds, summed per region, zone and model. */
    private static void shortfall(Map<String, Shortfall> all, Draft d, UUID workloadId) {
        String region = d.site() != null ? d.site().regionCode() : d.newZone().countryCode();
        String zone = d.site() != null ? d.site().zone().code() : d.newZone().code();
        String key = region + "|" + zone + "|" + d.model();
        Shortfall fresh = new Shortfall(region, zone, d.model(), d.addedGpus(), Units.kw(d.addedItWatts()),
                Units.kw(d.addedGridWatts()), List.of(workloadId));
        all.merge(key, fresh, (a, b) -> {
            List<UUID> ids = new ArrayList<>(a.workloadIds());
            ids.addAll(b.workloadIds());
            return new Shortfall(region, zone, d.model(), a.gpus() + b.gpus(), a.itKw().add(b.itKw()),
                    a.gridKw().add(b.gridKw()), ids);
        });
    }

    private static Set<UUID> unplacedIds(ScoreAnalysis<HardMediumSoftLongScore> analysis) {
        ConstraintAnalysis<HardMediumSoftLongScore> c = analysis.getConstraintAnalysis(PlacementConstraints.UNPLACED);
        if (c == null || c.matches() == null) {
            return Set.of();
        }
        return c.matches().stream().map(m -> ((Justifications.Unplaced) m.justification()).workloadId())
                .collect(Collectors.toSet());
    }

    private static List<ConstraintScore> constraints(ScoreAnalysis<HardMediumSoftLongScore> analysis) {
        return analysis.constraintAnalyses().stream()
                .map(c -> new ConstraintScore(c.constraintName(), c.score().toString(), c.matchCount()))
                .sorted((x, y) -> x.constraint().compareTo(y.constraint())).toList();
    }

    /** Assignments from placements. */
    static final class Assignments {

        private Assignments() {
        }

        /**
         * A run starts on its start date, or on the day of the plan when that date has passed (the
         * timeline flags it), so the run dates shown can still be met.
         */
        static Assignment of(Placement p, WorkloadDemand w, PlanningInputs inputs, LocalDate today) {
            Candidate c = p.candidate();
            var site = p.site();
            boolean run = c.finite();
            BigDecimal mwh = Units.decimal(c.energyMwh(), Units.KW_SCALE);
            BigDecimal usd = Units.usd(c.costUsd());
            BigDecimal tco2e = Units.decimal(c.tco2e(), Units.TCO2E_SCALE);
            BigDecimal runDays = run ? BigDecimal.valueOf(w.spec().targetDays()) : null;
            LocalDate start = !run || w.startDate() == null ? null
                    : w.startDate().isBefore(today) ? today : w.startDate();
            var end = start == null ? null : start.plusDays((long) Math.ceil(w.spec().targetDays()));
            return new Assignment(p.getWorkloadId(), p.getName(), w.spec().type().name(), site.id(), site.name(),
                    site.regionCode(), inputs.regionName(site.regionCode()), site.jurisdiction(), site.zone().code(),
                    SovereigntyLevel.ofNumber(site.sovereigntyLevel()).label(), p.getPool().modelCode(), c.gpus(),
                    c.itWatts(), Units.kw(c.itWatts()), Units.kw(c.gridWatts()), run ? Basis.PER_RUN : Basis.PER_YEAR,
                    start, end, runDays, run ? mwh : null, run ? usd : null, run ? tco2e : null, run ? null : mwh,
                    run ? null : usd, run ? null : tco2e, Units.decimal(c.latencyMs(), 1),
                    estimated(p, inputs));
        }

        private static List<String> estimated(Placement p, PlanningInputs inputs) {
            List<String> marks = new ArrayList<>();
            var zone = inputs.zones().get(p.site().zone().code());
            if (zone != null && zone.estimated()) {
                marks.add("grid zone " + zone.code() + " figures");
            }
            var model = p.getPool().model();
            if (model != null && model.priceIsEstimate()) {
                marks.add(model.code() + " unit price");
            }
            return marks;
        }
    }
}
