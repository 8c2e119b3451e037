package org.sovplan.placement.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.LongFunction;

import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.solver.SolverConfig;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;

import org.sovplan.placement.problem.BuiltProblem;
import org.sovplan.placement.problem.PlanningProblem;
import org.sovplan.placement.solver.Placement;
import org.sovplan.placement.solver.PlacementSolution;
import org.sovplan.placement.support.LocalPlanner;
import org.sovplan.placement.support.TestConfig;

/**
 * Solution quality against the exact optimum. Per instance class it solves every instance with the
 * construction heuristic alone and with the service's solverConfig.xml at one or two time limits
 * (terminated as a plan is: spent limit plus the unimproved-time limit), and with the CP-SAT
 * {@link ExactReference}. It prints the shortfall in placed priority (the medium score) against the
 * optimum, or against CP-SAT's bound where it proves none, and how many instances reach it.
 */
final class QualityBenchmark {

    /** One class of instances: its name, how many, a generator by seed, the solver's limits and CP-SAT's. */
    record InstanceClass(String name, int count, LongFunction<PlanningProblem> generator, List<Integer> seconds,
            int referenceSeconds) {
    }

    static final List<InstanceClass> CLASSES = List.of(
            new InstanceClass("rotation", 2, seed -> seed == 1 ? PackingInstances.rotationOnPoolGpus()
                    : PackingInstances.rotationOnZoneHeadroom(), List.of(10), 10),
            new InstanceClass("tight", 10, seed -> PackingInstances.tightPacking(12, seed), List.of(10), 20),
            new InstanceClass("tight40", 3, seed -> PackingInstances.tightPacking(40, seed), List.of(10), 30),
            new InstanceClass("C20", 20, seed -> SyntheticInstance.contended(20, 100, seed), List.of(10), 10),
            new InstanceClass("C50", 5, seed -> SyntheticInstance.contended(50, 300, seed), List.of(10), 30),
            new InstanceClass("C200", 1, seed -> SyntheticInstance.contended(200, 2_000, seed), List.of(10, 30), 60));

    private QualityBenchmark() {
    }

    static InstanceClass byName(String name) {
        return CLASSES.stream().filter(c -> c.name().equalsIgnoreCase(name)).findFirst().orElse(null);
    }

    static void header() {
        System.out.printf(Locale.ROOT, "%-9s %-4s %-12s %9s %9s %7s %9s%n", "class", "inst", "solver",
                "gap avg%", "gap max%", "at opt", "s avg");
    }

    /**
     * With {@code -Dplacement.bench.constructionOnly=true} only the construction heuristic runs beside the
     * reference: the quick measure of a change to the construction order.
     */
    static final boolean CONSTRUCTION_ONLY = Boolean.getBoolean("placement.bench.constructionOnly");

    static void run(InstanceClass c) {
        List<String> solvers = new ArrayList<>(List.of("CH"));
        List<Integer> limits = CONSTRUCTION_ONLY ? List.of() : c.seconds();
        limits.forEach(s -> solvers.add("SovPlan " + s + "s"));
        solvers.add("CP-SAT");
        double[][] gaps = new double[solvers.size()][c.count()];
        double[][] times = new double[solvers.size()][c.count()];
        int proven = 0;
        long withOptions = 0;
        long placedAtOptimum = 0;
        for (int i = 0; i < c.count(); i++) {
            PlanningProblem problem = c.generator().apply(i + 1);
            PlacementSolution exact = new LocalPlanner(TestConfig.defaults(), new TerminationConfig()).build(problem)
                    .solution();
            ExactReference.Optimum optimum = ExactReference.solve(exact, c.referenceSeconds());
            withOptions += exact.getPlacements().stream().filter(p -> !p.isPinned()).count();
            placedAtOptimum += optimum.pools().size();
            proven += optimum.proven() ? 1 : 0;
            long best = optimum.priorityBound();
            int row = 0;
            long start = System.nanoTime();
            gaps[row][i] = gap(placedPriority(constructionOnly(problem)), best);
            times[row++][i] = (System.nanoTime() - start) / 1e9;
            for (int seconds : limits) {
                start = System.nanoTime();
                LocalPlanner planner = new LocalPlanner(TestConfig.defaults(), new TerminationConfig()
                        .withSpentLimit(Duration.ofSeconds(seconds)).withUnimprovedSpentLimit(Duration.ofSeconds(
                                TestConfig.defaults().solver().unimprovedSecondsLimit())));
                gaps[row][i] = gap(placedPriority(planner.solve(planner.build(problem))), best);
                times[row++][i] = (System.nanoTime() - start) / 1e9;
            }
            gaps[row][i] = gap(optimum.placedPriority(), best);
            times[row][i] = optimum.seconds();
        }
        for (int row = 0; row < solvers.size(); row++) {
            print(c, solvers.get(row), gaps[row], times[row]);
        }
        System.out.printf(Locale.ROOT, "%-9s CP-SAT proved the optimum on %d of %d%s; it places %d of the %d "
                + "workloads that have options%n", c.name(), proven, c.count(),
                proven == c.count() ? "" : " (gaps of the others are against its bound)", placedAtOptimum, withOptions);
    }

    private static void print(InstanceClass c, String solver, double[] gaps, double[] times) {
        int atOptimum = 0;
        double sum = 0;
        double max = 0;
        for (double g : gaps) {
            atOptimum += g <= 0 ? 1 : 0;
            sum += g;
            max = Math.max(max, g);
        }
        double seconds = 0;
        for (double t : times) {
            seconds += t;
        }
        System.out.printf(Locale.ROOT, "%-9s %-4d %-12s %9.2f %9.2f %3d/%-3d %9.1f%n", c.name(), gaps.length, solver,
                sum / gaps.length, max, atOptimum, gaps.length, seconds / times.length);
    }

    /** Shortfall in placed priority, percent of the best; an infeasible plan counts as placing nothing. */
    private static double gap(long placed, long best) {
        return best == 0 ? 0 : 100.0 * (best - placed) / best;
    }

    private static long placedPriority(PlacementSolution s) {
        if (s.getScore() != null && !s.getScore().isFeasible()) {
            return 0;
        }
        return s.getPlacements().stream().filter(p -> p.getPool() != null).mapToLong(Placement::getPriority).sum();
    }

    /** The service's construction heuristic and nothing after it. */
    private static PlacementSolution constructionOnly(PlanningProblem problem) {
        SolverConfig config = SolverConfig.createFromXmlResource("solverConfig.xml");
        config.setPhaseConfigList(List.of(config.getPhaseConfigList().get(0)));
        BuiltProblem built = new LocalPlanner(TestConfig.defaults(), new TerminationConfig()).build(problem);
        return SolverFactory.<PlacementSolution>create(config).buildSolver().solve(built.solution());
    }
}
