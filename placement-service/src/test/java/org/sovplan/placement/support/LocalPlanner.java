package org.sovplan.placement.support;

import ai.timefold.solver.core.api.score.analysis.ScoreAnalysis;
import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import ai.timefold.solver.core.api.solver.SolutionManager;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.solver.EnvironmentMode;
import ai.timefold.solver.core.config.solver.SolverConfig;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;

import org.sovplan.placement.config.PlacementConfig;
import org.sovplan.placement.problem.BuiltProblem;
import org.sovplan.placement.problem.PlanningProblem;
import org.sovplan.placement.problem.ProblemBuilder;
import org.sovplan.placement.result.PlanResult;
import org.sovplan.placement.result.ResultBuilder;
import org.sovplan.placement.solver.PlacementSolution;

/**
 * The plan pipeline in-process, as the service runs it but without HTTP or a database:
 * problem → candidates → Timefold (the service's solverConfig.xml) → score analysis → result.
 */
public final class LocalPlanner {

    private final PlacementConfig config;
    private final SolverFactory<PlacementSolution> factory;

    public LocalPlanner(PlacementConfig config, TerminationConfig termination) {
        this.config = config;
        SolverConfig solverConfig = SolverConfig.createFromXmlResource("solverConfig.xml")
                .withTerminationConfig(termination)
                .withEnvironmentMode(EnvironmentMode.REPRODUCIBLE)
                .withRandomSeed(42L);
        this.factory = SolverFactory.create(solverConfig);
    }

    /** Stops after {@code steps} local-search steps without improvement or 200k moves: deterministic, no wall clock. */
    public static LocalPlanner untilUnimproved(int steps) {
        // counts decide when a test's solve ends (the move count also ends a step that finds no
        // acceptable move on a tiny instance); the spent limit only guards against a hang
        return new LocalPlanner(TestConfig.defaults(), new TerminationConfig().withUnimprovedStepCountLimit(steps)
                .withMoveCountLimit(200_000L).withSpentLimit(java.time.Duration.ofSeconds(60)));
    }

    public BuiltProblem build(PlanningProblem problem) {
        return new ProblemBuilder(config).build(problem);
    }

    public PlacementSolution solve(BuiltProblem built) {
        return factory.buildSolver().solve(built.solution());
    }

    public PlanResult plan(PlanningProblem problem) {
        BuiltProblem built = build(problem);
        PlacementSolution solved = solve(built);
        ScoreAnalysis<HardMediumSoftLongScore> analysis = SolutionManager
                .<PlacementSolution, HardMediumSoftLongScore>create(factory).analyze(solved);
        return new ResultBuilder(config).build(built, solved, analysis);
    }

    public SolverFactory<PlacementSolution> factory() {
        return factory;
    }
}
