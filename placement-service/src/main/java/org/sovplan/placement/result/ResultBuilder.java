package org.sovplan.placement.result;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import ai.timefold.solver.core.api.score.analysis.ConstraintAnalysis;
import ai.timefold.solver.core.api.score.analysis.ScoreAnalysis;
import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;

import org.sovplan.placement.config.PlacementConfig;
import org.sovplan.placement.problem.BuiltProblem;
import org.sovplan.placement.problem.CandidateReport;
import org.sovplan.placement.result.PlanResult.Assignment;
import org.sovplan.placement.result.PlanResult.ConstraintScore;
import org.sovplan.placement.result.PlanResult.InvestmentOption;
import org.sovplan.placement.result.PlanResult.Totals;
import org.sovplan.placement.result.PlanResult.Unplaced;
import org.sovplan.placement.solver.Candidate;
import org.sovplan.placement.solver.Justifications;
import org.sovplan.placement.solver.Placement;
import org.sovplan.placement.solver.PlacementConstraints;
import org.sovplan.placement.solver.PlacementSolution;
import org.sovplan.common.domain.SovereigntyLevel;

/**
 * Builds the plan result from a solved solution and its Timefold score analysis: the unplaced
 * workloads are the matches of the "Unplaced workload" constraint, each explained from
 * candidate filtering and the capacity the plan leaves.
 */
public class ResultBuilder {

    private final PlacementConfig config;

    public ResultBuilder(PlacementConfig config) {
        this.config = config;
    }

    public PlanResult build(BuiltProblem built, PlacementSolution solved,
            ScoreAnalysis<HardMediumSoftLongScore> analysis) {
        Residuals residuals = new Residuals(solved);
        List<Assignment> assignments = new ArrayList<>();
        Set<UUID> unplacedIds = unplacedIds(analysis);
        List<Unplaced> unplaced = new ArrayList<>();
        InvestmentAdvisor advisor = new InvestmentAdvisor(config.investment(), built.problem().inputs().models());
        for (Placement p : solved.getPlacements()) {
            CandidateReport report = built.reports().get(p.getWorkloadId());
            if (p.getPool() != null) {
                assignments.add(assignment(p));
            } else if (unplacedIds.contains(p.getWorkloadId())) {
                Candidate best = bestOption(report, residuals);
                unplaced.add(new Unplaced(p.getWorkloadId(), p.getName(), p.getPriority(),
                        Explainer.reason(report, best, residuals), Explainer.blockers(report, best, residuals)));
                advisor.add(report, best, residuals);
            }
        }
        List<InvestmentOption> investments = advisor.options();
        return new PlanResult(analysis.score().toString(), analysis.score().isFeasible(), assignments, unplaced,
                advisor.shortfalls(), investments, totals(solved.getPlacements().size(), assignments, unplaced,
                        investments), constraints(analysis));
    }

    /** The option closest to working: one that fits the leftover capacity, else the cheapest. */
    static Candidate bestOption(CandidateReport report, Residuals residuals) {
        if (report.hasCandidates()) {
            return report.candidates().stream().filter(c -> Explainer.fits(c, residuals)).findFirst()
                    .orElse(report.candidates().get(0));
        }
        return report.tooSmall().isEmpty() ? null : report.tooSmall().get(0);
    }

    private static Set<UUID> unplacedIds(ScoreAnalysis<HardMediumSoftLongScore> analysis) {
        ConstraintAnalysis<HardMediumSoftLongScore> c = analysis.getConstraintAnalysis(PlacementConstraints.UNPLACED);
        if (c == null || c.matches() == null) {
            return Set.of();
        }
        return c.matches().stream().map(m -> ((Justifications.Unplaced) m.justification()).workloadId())
                .collect(Collectors.toSet());
    }

    private static Assignment assignment(Placement p) {
        Candidate c = p.candidate();
        var site = p.site();
        return new Assignment(p.getWorkloadId(), p.getName(), site.id(), site.name(), site.regionCode(),
                site.zone().code(), SovereigntyLevel.ofNumber(site.sovereigntyLevel()).label(),
                p.getPool().modelCode(), c.gpus(), c.itKw() / 1000.0, c.gridKw() / 1000.0,
                round(c.energyMwhPerYear(), 1), Math.round(c.costUsdPerYear()), round(c.tco2ePerYear(), 2),
                c.latencyMs() == null ? null : round(c.latencyMs(), 1));
    }

    private static Totals totals(int workloads, List<Assignment> a, List<Unplaced> unplaced,
            List<InvestmentOption> investments) {
        return new Totals(workloads, a.size(), unplaced.size(), a.stream().mapToInt(Assignment::gpus).sum(),
                round(a.stream().mapToDouble(Assignment::itMw).sum(), 3),
                round(a.stream().mapToDouble(Assignment::powerMw).sum(), 3),
                round(a.stream().mapToDouble(Assignment::energyMwhPerYear).sum(), 1),
                Math.round(a.stream().mapToDouble(Assignment::costUsdPerYear).sum()),
                round(a.stream().mapToDouble(Assignment::tco2ePerYear).sum(), 2),
                Math.round(investments.stream().mapToDouble(InvestmentOption::capexUsd).sum()),
                investments.stream().map(InvestmentOption::leadTimeDays).max(Integer::compare).orElse(null));
    }

    private static List<ConstraintScore> constraints(ScoreAnalysis<HardMediumSoftLongScore> analysis) {
        return analysis.constraintAnalyses().stream()
                .map(c -> new ConstraintScore(c.constraintName(), c.score().toString(), c.matchCount()))
                .sorted((x, y) -> x.constraint().compareTo(y.constraint())).toList();
    }

    private static double round(double v, int decimals) {
        double f = Math.pow(10, decimals);
        return Math.round(v * f) / f;
    }
}
