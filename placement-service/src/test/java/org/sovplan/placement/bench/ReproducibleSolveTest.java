package org.sovplan.placement.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.solver.SolverConfig;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;

import org.junit.jupiter.api.Test;
import org.sovplan.placement.problem.BuiltProblem;
import org.sovplan.placement.problem.ProblemBuilder;
import org.sovplan.placement.solver.Placement;
import org.sovplan.placement.solver.PlacementSolution;
import org.sovplan.placement.support.TestConfig;

/**
 * The same data and request give the same assignments: the service's solverConfig.xml (fixed seed,
 * reproducible mode, local search that stops on convergence), with only the plan's time limit on
 * top as the service sets it, solves a contended instance twice to the same plan.
 */
class ReproducibleSolveTest {

    private static Map<UUID, String> solveOnce() {
        SolverConfig config = SolverConfig.createFromXmlResource("solverConfig.xml")
                .withTerminationConfig(new TerminationConfig().withSpentLimit(Duration.ofSeconds(120)));
        BuiltProblem built = new ProblemBuilder(TestConfig.defaults()).build(SyntheticInstance.generate(12, 40, 7L));
        PlacementSolution solved = SolverFactory.<PlacementSolution>create(config).buildSolver().solve(built.solution());
        Map<UUID, String> where = new TreeMap<>();
        for (Placement p : solved.getPlacements()) {
            where.put(p.getWorkloadId(), p.getPool() == null ? "unplaced" : p.getPool().toString());
        }
        return where;
    }

    @Test
    void twoSolvesOfTheSameProblemGiveTheSameAssignments() {
        Map<UUID, String> first = solveOnce();
        assertThat(first).hasSize(40).containsValue("unplaced").hasValueSatisfying(
                new org.assertj.core.api.Condition<>(v -> !v.equals("unplaced"), "placed"));
        assertThat(solveOnce()).isEqualTo(first);
    }
}
