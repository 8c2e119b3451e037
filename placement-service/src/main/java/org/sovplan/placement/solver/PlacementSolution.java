package org.sovplan.placement.solver;

import java.util.List;

import ai.timefold.solver.core.api.domain.solution.PlanningEntityCollectionProperty;
import ai.timefold.solver.core.api.domain.solution.PlanningScore;
import ai.timefold.solver.core.api.domain.solution.PlanningSolution;
import ai.timefold.solver.core.api.domain.solution.ProblemFactCollectionProperty;
import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;

/**
 * A placement problem and, once solved, its plan. Hard: capacity and the static rules; medium:
 * unplaced workloads by priority; soft: cost, carbon, latency and sovereignty, USD-equivalent per year.
 */
@PlanningSolution
public class PlacementSolution {

    @ProblemFactCollectionProperty
    private List<GridZone> zones;

    @ProblemFactCollectionProperty
    private List<Site> sites;

    @ProblemFactCollectionProperty
    private List<Pool> pools;

    @PlanningEntityCollectionProperty
    private List<Placement> placements;

    @PlanningScore
    private HardMediumSoftLongScore score;

    public PlacementSolution() {
    }

    public PlacementSolution(List<GridZone> zones, List<Site> sites, List<Pool> pools, List<Placement> placements) {
        this.zones = zones;
        this.sites = sites;
        this.pools = pools;
        this.placements = placements;
    }

    public List<GridZone> getZones() {
        return zones;
    }

    public List<Site> getSites() {
        return sites;
    }

    public List<Pool> getPools() {
        return pools;
    }

    public List<Placement> getPlacements() {
        return placements;
    }

    public HardMediumSoftLongScore getScore() {
        return score;
    }

    public void setScore(HardMediumSoftLongScore score) {
        this.score = score;
    }
}
