package org.sovplan.placement.client;

import java.time.LocalDate;
import java.util.List;

import org.sovplan.placement.problem.PlanningInputs;
import org.sovplan.placement.problem.WorkloadDemand;

/** Where a plan's sites, accelerators, zones and region centroids come from. */
public interface PlanningDataSource {

    /**
     * The inputs for planning these workloads by the horizon date.
     *
     * @throws org.sovplan.common.problem.ApiException 503 when a dependency is down
     */
    PlanningInputs load(List<WorkloadDemand> workloads, LocalDate horizonDate);
}
