package org.sovplan.placement.solver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sovplan.placement.support.Instances.training;

import java.util.Comparator;
import java.util.List;

import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.solver.SolverConfig;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;

import org.junit.jupiter.api.Test;
import org.sovplan.placement.problem.PlanningProblem;
import org.sovplan.placement.support.Instances;
import org.sovplan.placement.support.LocalPlanner;
import org.sovplan.placement.support.TestConfig;

/**
 * The construction order ({@link PlacementScarcity}): priority per unit of the scarce resource.
 * One pool of 8 GPUs and three runs that all want it: "big" (priority 6, 8 GPUs) and two "small"
 * ones (priority 4, 4 GPUs each). Ordered by priority, "big" goes first and fills the pool (placed
 * priority 6); by priority per GPU the two small ones go first and share it (placed priority 8).
 */
class PlacementScarcityTest {

    private static PlanningProblem oneContendedPool() {
        return Instances.create()
                .zone("A", 100, 50, 100)
                .site("Site-A", "A", 4, "A", 10, 0, 0, "GPU_X", 8)
                .workload(training("big", 8).priority(6).build())
                .workload(training("small-1", 4).priority(4).build())
                .workload(training("small-2", 4).priority(4).build())
                .problem();
    }

    private static PlacementSolution built(PlanningProblem problem) {
        return new LocalPlanner(TestConfig.defaults(), new TerminationConfig()).build(problem).solution();
    }

    @Test
    void moreValuePerGpuOfAContendedPoolIsPlacedFirst() {
        PlacementSolution solution = built(oneContendedPool());
        Comparator<Placement> difficulty = new PlacementScarcity().createComparator(solution);
        // ascending difficulty: the construction heuristic takes the last first
        List<String> order = solution.getPlacements().stream().sorted(difficulty.reversed())
                .map(Placement::getName).toList();
        assertThat(order.get(2)).isEqualTo("big");
        assertThat(order.subList(0, 2)).containsExactlyInAnyOrder("small-1", "small-2");
    }

    @Test
    void onAnIdlePoolTheMoreImportantOfTwoEqualSharesGoesFirst() {
        PlacementSolution solution = built(Instances.create()
                .zone("A", 100, 50, 100)
                .site("Site-A", "A", 4, "A", 10, 0, 0, "GPU_X", 100)
                .workload(training("low", 4).priority(2).build())
                .workload(training("high", 4).priority(7).build())
                .problem());
        Comparator<Placement> difficulty = new PlacementScarcity().createComparator(solution);
        Placement low = solution.getPlacements().get(0);
        Placement high = solution.getPlacements().get(1);
        assertThat(difficulty.compare(high, low)).isPositive();
    }

    @Test
    void constructionAlonePlacesTheTwoSmallRuns() {
        SolverConfig config = SolverConfig.createFromXmlResource("solverConfig.xml")
                .withTerminationConfig(new TerminationConfig());
        config.setPhaseConfigList(config.getPhaseConfigList().subList(0, 1));
        PlacementSolution constructed = SolverFactory.<PlacementSolution>create(config).buildSolver()
                .solve(built(oneContendedPool()));
        assertThat(constructed.getScore().isFeasible()).isTrue();
        assertThat(constructed.getPlacements().stream().filter(p -> p.getPool() != null).map(Placement::getName))
                .containsExactlyInAnyOrder("small-1", "small-2");
    }
}
