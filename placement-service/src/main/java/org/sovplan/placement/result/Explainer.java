package org.sovplan.placement.result;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

import org.sovplan.placement.problem.CandidateReport;
import org.sovplan.placement.problem.WorkloadDemand;
import org.sovplan.placement.result.PlanResult.Blocker;
import org.sovplan.placement.sizing.SizingResult;
import org.sovplan.placement.solver.Candidate;
import org.sovplan.placement.solver.PlacementRule;

/**
 * Says in a planner's words why a workload is unplaced: what it needs, which rules rule out
 * which options, and what the best remaining option lacks.
 */
public final class Explainer {

    private Explainer() {
    }

    /** The structured blockers: each rule with the options it rules out, plus capacity when that decides. */
    public static List<Blocker> blockers(CandidateReport report, Candidate best, Residuals residuals) {
        List<Blocker> blockers = new ArrayList<>();
        report.rejections().forEach((rule, count) -> blockers.add(new Blocker(rule.name(), count, rule.description())));
        if (report.hasCandidates()) {
            blockers.add(new Blocker("CAPACITY_TAKEN", report.candidates().size(),
                    "other workloads hold the capacity of every remaining option"));
        }
        if (report.optionCount() == 0) {
            blockers.add(new Blocker("NO_SITES", 0, "capacity-service lists no site with accelerators"));
        }
        return blockers;
    }

    /** One sentence: requirement, then why no option works. */
    public static String reason(CandidateReport report, Candidate best, Residuals residuals) {
        StringBuilder text = new StringBuilder(requirement(report, best));
        if (best == null) {
            text.append(report.optionCount() == 0 ? "; capacity-service lists no site with accelerators"
                    : "; no site qualifies: " + rejections(report));
            if (report.closestLatencyMs() != null) {
                text.append(String.format(Locale.ROOT, "; the closest site is %.0f ms away", report.closestLatencyMs()));
            }
            return text.toString();
        }
        var pool = best.pool();
        var site = pool.site();
        boolean competing = report.hasCandidates();
        text.append(competing ? "; after the other placements the best candidate, " : "; the best candidate, ")
                .append(site.name()).append(", has ")
                .append(competing ? residuals.freeGpus(pool) : pool.availableGpus()).append(" free ")
                .append(pool.modelCode()).append(" GPUs and ")
                .append(ReportText.power(competing ? residuals.freeItWatts(site) : site.availableItWatts()))
                .append(" IT headroom; zone ").append(site.zone().code()).append(" has ")
                .append(ReportText.power(competing ? residuals.freeGridWatts(site.zone()) : site.zone().headroomWatts()))
                .append(" grid headroom");
        if (competing && fits(best, residuals)) {
            text.append("; it would fit there now: give the plan more time");
        }
        return text.toString();
    }

    static boolean fits(Candidate c, Residuals r) {
        return c.gpus() <= r.freeGpus(c.pool()) && c.itWatts() <= r.freeItWatts(c.pool().site())
                && c.gridWatts() <= r.freeGridWatts(c.pool().site().zone());
    }

    private static String requirement(CandidateReport report, Candidate best) {
        WorkloadDemand w = report.workload();
        StringBuilder text = new StringBuilder("needs ");
        if (best != null) {
            text.append(best.gpus()).append(' ').append(best.pool().modelCode()).append(" GPUs (")
                    .append(ReportText.power(best.itWatts())).append(" IT, ").append(ReportText.power(best.gridWatts()))
                    .append(" grid)");
        } else {
            SizingResult s = report.newBuild();
            text.append(s == null ? "accelerators of a class that suits it" : s.gpus() + " " + s.acceleratorModel()
                    + " GPUs (" + ReportText.power(s.itWatts()) + " IT)");
        }
        text.append(" in SEAL-").append(w.minSovereigntyLevel()).append("+ sites");
        if (!w.allowedJurisdictions().isEmpty()) {
            text.append(" in ").append(new TreeSet<>(w.allowedJurisdictions()));
        }
        if (w.maxLatencyMs() != null && w.userRegionCode() != null) {
            text.append(String.format(Locale.ROOT, " within %.0f ms of %s", w.maxLatencyMs(), w.userRegionCode()));
        }
        if (w.maxCarbonGPerKwh() != null) {
            text.append(String.format(Locale.ROOT, " on grids under %.0f gCO2e/kWh", w.maxCarbonGPerKwh()));
        }
        if (w.startDate() != null) {
            text.append(" from ").append(w.startDate());
        }
        return text.toString();
    }

    private static String rejections(CandidateReport report) {
        List<String> parts = new ArrayList<>();
        for (Map.Entry<PlacementRule, Integer> e : report.rejections().entrySet()) {
            parts.add(e.getValue() + (e.getValue() == 1 ? " option: " : " options: ") + e.getKey().description());
        }
        return String.join(", ", parts);
    }
}
