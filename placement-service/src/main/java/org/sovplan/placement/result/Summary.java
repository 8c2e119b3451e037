package org.sovplan.placement.result;

import java.util.ArrayList;
import java.util.List;

import org.sovplan.placement.result.PlanResult.Assignment;
import org.sovplan.placement.result.PlanResult.InvestmentOption;
import org.sovplan.placement.result.PlanResult.LateStart;
import org.sovplan.placement.result.PlanResult.Unplaced;

/**
 * The plan in one paragraph of words: how many workloads are placed, what each unplaced one needs
 * (its recommended option, its cost and ready date against its start date), and which start dates
 * slip. Names are given as they are; the report escapes them.
 */
final class Summary {

    private Summary() {
    }

    static String of(int workloads, List<Assignment> assignments, List<Unplaced> unplaced,
            List<InvestmentOption> investments, List<LateStart> late) {
        StringBuilder text = new StringBuilder();
        text.append(assignments.size()).append(" of ").append(workloads).append(workloads == 1 ? " workload" : " workloads")
                .append(" placed");
        List<String> needs = new ArrayList<>();
        for (Unplaced u : unplaced) {
            InvestmentOption o = investments.stream()
                    .filter(i -> i.workloadId().equals(u.workloadId()) && i.rank() == 1).findFirst().orElse(null);
            needs.add(o == null ? u.workloadName() + " has no investment option that places it"
                    : u.workloadName() + " needs " + need(o) + " (" + ReportText.usd(o.capexUsd()) + ", ready "
                            + o.readyDate() + ", " + timing(o) + ")");
        }
        if (!needs.isEmpty()) {
            text.append("; ").append(String.join("; ", needs));
        }
        text.append('.');
        long lateRuns = late.size();
        if (lateRuns > 0) {
            text.append(' ').append(lateRuns).append(lateRuns == 1 ? " start date cannot be met: "
                    : " start dates cannot be met: ");
            List<String> parts = new ArrayList<>();
            for (LateStart l : late) {
                parts.add(l.workloadName() + " (" + l.daysLate() + " days late)");
            }
            text.append(String.join(", ", parts)).append('.');
        }
        return text.toString();
    }

    private static String need(InvestmentOption o) {
        return switch (o.kind()) {
            case "NEW_SITE" -> o.gpus() + " " + o.acceleratorModel() + " in a new data centre in grid zone "
                    + o.gridZoneCode();
            case "SMALLER_MODEL" -> "its accepted smaller variant on " + o.acceleratorModel() + " at " + o.siteName();
            case "EXPAND_SITE", "GRID_UPGRADE" -> o.gpus() + " " + o.acceleratorModel() + " at " + o.siteName()
                    + " with more " + ("EXPAND_SITE".equals(o.kind()) ? "IT capacity" : "grid headroom");
            default -> o.gpus() + " " + o.acceleratorModel() + " at " + o.siteName();
        };
    }

    private static String timing(InvestmentOption o) {
        return o.meetsDate() ? "in time for " + o.neededBy()
                : o.daysLate() + (o.daysLate() == 1 ? " day" : " days") + " after its start date";
    }
}
