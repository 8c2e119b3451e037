package org.sovplan.placement.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.solver.SolverConfig;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;

import org.junit.jupiter.api.Test;
import org.sovplan.placement.problem.PlanningProblem;
import org.sovplan.placement.solver.Placement;
import org.sovplan.placement.solver.PlacementSolution;
import org.sovplan.placement.support.LocalPlanner;
import org.sovplan.placement.support.TestConfig;

/**
 * The exact repair phase (solver/ExactRepair): the cases local search alone never solved are
 * solved by the service's solverConfig.xml, and the phase never leaves a plan worse than the
 * construction it starts from.
 */
class ExactRepairTest {

    private final LocalPlanner planner = LocalPlanner.untilUnimproved(2_000);

    private List<Placement> unplacedAfterSolving(PlanningProblem problem) {
        PlacementSolution solved = planner.solve(planner.build(problem));
        assertThat(solved.getScore().isFeasible()).isTrue();
        return solved.getPlacements().stream().filter(p -> p.getPool() == null).toList();
    }

    @Test
    void bothRotationsArePlacedInFull() {
        assertThat(unplacedAfterSolving(PackingInstances.rotationOnPoolGpus())).isEmpty();
        assertThat(unplacedAfterSolving(PackingInstances.rotationOnZoneHeadroom())).isEmpty();
    }

    @Test
    void aTightPackingIsPlacedInFull() {
        assertThat(unplacedAfterSolving(PackingInstances.tightPacking(12, 1))).isEmpty();
    }

    @Test
    void theRepairNeverMakesTheConstructionWorse() {
        List<PlanningProblem> problems = List.of(PackingInstances.rotationOnPoolGpus(),
                PackingInstances.rotationOnZoneHeadroom(), PackingInstances.tightPacking(12, 2),
                SyntheticInstance.contended(20, 100, 1), SyntheticInstance.contended(20, 100, 2),
                SyntheticInstance.generate(12, 40, 7L));
        for (PlanningProblem problem : problems) {
            HardMediumSoftLongScore constructed = solve(problem, 1);
            HardMediumSoftLongScore repaired = solve(problem, 2);
            assertThat(repaired).isGreaterThanOrEqualTo(constructed);
            assertThat(repaired.isFeasible()).isTrue();
        }
        assertThat(solve(PackingInstances.rotationOnPoolGpus(), 2))
                .isGreaterThan(solve(PackingInstances.rotationOnPoolGpus(), 1));
    }

    /** The service's first {@code phases} phases alone: construction, then the repair. */
    private static HardMediumSoftLongScore solve(PlanningProblem problem, int phases) {
        SolverConfig config = SolverConfig.createFromXmlResource("solverConfig.xml")
                .withTerminationConfig(new TerminationConfig());
        config.setPhaseConfigList(config.getPhaseConfigList().subList(0, phases));
        PlacementSolution built = new LocalPlanner(TestConfig.defaults(), new TerminationConfig()).build(problem)
                .solution();
        return SolverFactory.<PlacementSolution>create(config).buildSolver().solve(built).getScore();
    }
}
