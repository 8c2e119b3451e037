package org.sovplan.placement.problem;

import java.time.LocalDate;
import java.util.List;

/**
 * Where a plan's sites, accelerators, zones and region centroids come from. It lives with the
 * planning domain that needs it; {@code client/PlanningDataLoader} implements it over REST.
 */
public interface PlanningDataSource {

    /**
     * The inputs for planning these workloads by the horizon date.
     *
     * @throws org.sovplan.common.domain.DependencyUnavailable when a dependency is down
     */
    PlanningInputs load(List<WorkloadDemand> workloads, LocalDate horizonDate);
}
