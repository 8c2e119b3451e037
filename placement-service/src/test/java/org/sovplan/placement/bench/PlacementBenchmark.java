package org.sovplan.placement.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import ai.timefold.solver.core.api.solver.SolutionManager;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;

import org.sovplan.placement.problem.BuiltProblem;
import org.sovplan.placement.problem.PlanningProblem;
import org.sovplan.placement.solver.Placement;
import org.sovplan.placement.solver.PlacementSolution;
import org.sovplan.placement.solver.Pool;
import org.sovplan.placement.support.LocalPlanner;
import org.sovplan.placement.support.TestConfig;

/**
 * Solves seeded synthetic instances in-process (no database, no HTTP) and prints figures only:
 * score, feasibility, unplaced count, wall time and peak heap, for Timefold and for a
 * first-fit-decreasing baseline (largest workload first, first site in catalogue order that fits).
 * Wall time includes building the candidates; peak heap is the sum of the heap pools' peaks (an upper bound).
 *
 * <pre>./mvnw -B -q -pl placement-service test-compile exec:java -Dexec.args="S M"</pre>
 */
public final class PlacementBenchmark {

    record Size(String name, int sites, int workloads, int seconds) {
    }

    static final Map<String, Size> SIZES = Map.of(
            "S", new Size("S", 20, 200, 10),
            "M", new Size("M", 200, 2_000, 25),
            "L", new Size("L", 2_000, 20_000, 100));

    private PlacementBenchmark() {
    }

    public static void main(String[] args) {
        List<String> names = args.length == 0 ? List.of("S") : List.of(String.join(" ", args).split("[ ,]+"));
        List<QualityBenchmark.InstanceClass> classes = names.stream().map(QualityBenchmark::byName)
                .filter(java.util.Objects::nonNull).toList();
        if (!classes.isEmpty()) {
            QualityBenchmark.header();
            classes.forEach(QualityBenchmark::run);
        }
        names = names.stream().filter(n -> QualityBenchmark.byName(n) == null).toList();
        if (names.isEmpty()) {
            return;
        }
        System.out.printf(Locale.ROOT, "%-4s %-9s %-40s %-8s %8s %8s %10s %8s%n", "size", "solver", "score",
                "feasible", "placed", "unplaced", "wall s", "heap MB");
        for (String name : names) {
            Size size = SIZES.get(name.toUpperCase(Locale.ROOT));
            if (size == null) {
                throw new IllegalArgumentException("size must be S, M or L, or a quality class "
                        + QualityBenchmark.CLASSES.stream().map(QualityBenchmark.InstanceClass::name).toList()
                        + ", not " + name);
            }
            run(size);
        }
    }

    private static void run(Size size) {
        PlanningProblem problem = SyntheticInstance.generate(size.sites(), size.workloads(), 42);
        LocalPlanner planner = new LocalPlanner(TestConfig.defaults(),
                new TerminationConfig().withSpentLimit(Duration.ofSeconds(size.seconds())));
        SolutionManager<PlacementSolution, HardMediumSoftLongScore> scorer = SolutionManager.create(planner.factory());

        resetPeaks();
        long start = System.nanoTime();
        BuiltProblem ffdProblem = planner.build(problem);
        PlacementSolution ffd = firstFitDecreasing(ffdProblem.solution());
        scorer.update(ffd);
        print(size, "FFD", ffd, start);
        var ffdScore = ffd.getScore();
        ffd = null;
        ffdProblem = null;
        System.gc();
        resetPeaks();
        start = System.nanoTime();
        BuiltProblem built = planner.build(problem);
        PlacementSolution solved = planner.solve(built);
        print(size, "Timefold", solved, start);
        long ffdSoft = ffdScore.softScore();
        long tfSoft = solved.getScore().softScore();
        System.out.printf(Locale.ROOT, "%-4s Timefold soft penalty vs FFD: %+.1f%% better; medium %d vs %d%n",
                size.name(), ffdSoft == 0 ? 0 : 100.0 * (tfSoft - ffdSoft) / -ffdSoft,
                solved.getScore().mediumScore(), ffdScore.mediumScore());
    }

    /** Largest first; each to the first pool, in site order, whose GPUs, site power and zone headroom still fit. */
    static PlacementSolution firstFitDecreasing(PlacementSolution solution) {
        Map<Pool, Integer> poolIndex = new HashMap<>();
        for (int i = 0; i < solution.getPools().size(); i++) {
            poolIndex.put(solution.getPools().get(i), i);
        }
        Map<Pool, Integer> gpus = new HashMap<>();
        Map<Object, Long> siteKw = new HashMap<>();
        Map<Object, Long> zoneKw = new HashMap<>();
        List<Placement> order = new ArrayList<>(solution.getPlacements());
        order.sort(Comparator.comparingInt(Placement::typicalGpus).reversed());
        for (Placement p : order) {
            List<Pool> pools = new ArrayList<>(p.getCandidatePools());
            pools.sort(Comparator.comparingInt(poolIndex::get));
            for (Pool pool : pools) {
                var c = p.candidateAt(pool);
                if (gpus.getOrDefault(pool, 0) + c.gpus() <= pool.availableGpus()
                        && siteKw.getOrDefault(pool.site(), 0L) + c.itWatts() <= pool.site().availableItWatts()
                        && zoneKw.getOrDefault(pool.site().zone(), 0L) + c.gridWatts() <= pool.site().zone().headroomWatts()) {
                    p.setPool(pool);
                    gpus.merge(pool, c.gpus(), Integer::sum);
                    siteKw.merge(pool.site(), c.itWatts(), Long::sum);
                    zoneKw.merge(pool.site().zone(), c.gridWatts(), Long::sum);
                    break;
                }
            }
        }
        return solution;
    }

    private static void print(Size size, String solver, PlacementSolution s, long startNanos) {
        long placed = s.getPlacements().stream().filter(p -> p.getPool() != null).count();
        System.out.printf(Locale.ROOT, "%-4s %-9s %-40s %-8s %8d %8d %10.1f %8d%n", size.name(), solver, s.getScore(),
                s.getScore().isFeasible(), placed, s.getPlacements().size() - placed,
                (System.nanoTime() - startNanos) / 1e9, peakHeapMb());
    }

    /** Starts a new peak: the JVM tracks each heap pool's peak usage itself. */
    private static void resetPeaks() {
        heapPools().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    /** Sum of the heap pools' peaks since the last reset: an upper bound of the heap in use at any one time. */
    private static long peakHeapMb() {
        return heapPools().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum() / (1024 * 1024);
    }

    private static java.util.stream.Stream<MemoryPoolMXBean> heapPools() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(pool -> pool.getType() == MemoryType.HEAP);
    }
}
