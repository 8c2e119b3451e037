package org.sovplan.placement.result;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.sovplan.placement.problem.WorkloadDemand;
import org.sovplan.placement.result.PlanResult.LateStart;

/**
 * Start dates that cannot be met: a start date already past on the day of the plan, or an unplaced
 * workload whose recommended option is ready only after its start date (lead times count from the
 * day of the plan). Days late count from the start date to the earliest day it can run.
 */
final class Timeline {

    private final LocalDate today;
    private final List<LateStart> late = new ArrayList<>();

    Timeline(LocalDate today) {
        this.today = today;
    }

    /** A placed workload runs from today at the earliest. */
    void placed(WorkloadDemand w) {
        if (w.startDate() != null && w.startDate().isBefore(today)) {
            late.add(new LateStart(w.id(), w.name(), w.startDate(), today,
                    InvestmentAdvisor.daysLate(today, w.startDate()), "its start date has passed"));
        }
    }

    /** An unplaced workload runs once its recommended option is ready (null: no option). */
    void unplaced(WorkloadDemand w, LocalDate ready) {
        if (w.startDate() == null) {
            return;
        }
        boolean past = w.startDate().isBefore(today);
        if (ready == null) {
            if (past) {
                late.add(new LateStart(w.id(), w.name(), w.startDate(), null,
                        InvestmentAdvisor.daysLate(today, w.startDate()),
                        "its start date has passed, and no investment option places it"));
            }
            return;
        }
        if (ready.isAfter(w.startDate())) {
            String why = (past ? "its start date has passed; " : "") + "the recommended option is ready " + ready;
            late.add(new LateStart(w.id(), w.name(), w.startDate(), ready,
                    InvestmentAdvisor.daysLate(ready, w.startDate()), why));
        }
    }

    List<LateStart> late() {
        return List.copyOf(late);
    }
}
