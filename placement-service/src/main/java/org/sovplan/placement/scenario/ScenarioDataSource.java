package org.sovplan.placement.scenario;

import java.util.Set;

/** Where a scenario run's sites, accelerators, zones and region centroids come from. */
public interface ScenarioDataSource {

    /**
     * The inputs of a scenario of {@code regionCode} over {@code firstYear}..{@code lastYear}, with
     * the centroids of {@code regionCode} and of {@code userRegions}.
     *
     * @throws org.sovplan.common.problem.ApiException 503 when a dependency is down (client/Dependencies)
     */
    ScenarioInputs load(String regionCode, int firstYear, int lastYear, Set<String> userRegions);
}
