package org.sovplan.placement.solver;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;

import ai.timefold.solver.core.api.score.director.ScoreDirector;
import ai.timefold.solver.core.api.solver.phase.PhaseCommand;

import org.sovplan.placement.scenario.model.ExpansionSolver;

/**
 * The exact repair phase, between construction and local search. Local search alone stalls where
 * placing one more workload first needs another one moved to a dearer site or evicted: each of
 * those steps alone makes the score worse. This phase frees the workloads of a neighbourhood (the
 * workloads placed in one grid zone, or in two, plus the unplaced workloads that could run there),
 * re-solves that sub-problem exactly with CP-SAT ({@link RepairModel}: most placed priority, then
 * least soft penalty, within the capacity the rest of the plan leaves), and applies the answer
 * only when it is strictly better. Small problems are re-solved whole first.
 *
 * <p>Deterministic: neighbourhoods in a fixed order, CP-SAT on one worker with a fixed seed and a
 * deterministic-time limit per sub-problem, and a deterministic total budget; the wall clock (the
 * solve's own time limit) only still decides when it ends the phase early, as it does for local search.
 */
public class ExactRepair implements PhaseCommand<PlacementSolution> {

    /** Workload-pool options above which a neighbourhood is not solved (CP-SAT would not prove it quickly). */
    static final int MAX_OPTIONS = 4_000;

    /** Deterministic-time limit of one sub-problem, CP-SAT's deterministic seconds. */
    static final double SUB_PROBLEM_DETERMINISTIC_SECONDS = 1.0;

    /** Deterministic-time limit of the whole problem, when it is small enough to be one neighbourhood. */
    static final double WHOLE_DETERMINISTIC_SECONDS = 5.0;

    /** Deterministic-time budget of the whole phase; the rest of a solve's time is local search's. */
    static final double TOTAL_DETERMINISTIC_SECONDS = 15.0;

    /** Zones above which pairs of zones are not tried: their number grows with its square. */
    static final int MAX_ZONES_FOR_PAIRS = 40;

    /** Passes over the neighbourhoods; another pass runs only when the last one improved the plan. */
    static final int MAX_PASSES = 3;

    @Override
    public void changeWorkingSolution(ScoreDirector<PlacementSolution> scoreDirector, BooleanSupplier isPhaseTerminated) {
        PlacementSolution solution = scoreDirector.getWorkingSolution();
        Loads loads = Loads.of(solution.getPlacements());
        if (!loads.withinLimits()) {
            return;
        }
        ExpansionSolver.loadNatives();
        double spent = 0;
        for (int pass = 0; pass < MAX_PASSES; pass++) {
            boolean improved = false;
            List<Set<GridZone>> neighbourhoods = neighbourhoods(solution);
            for (int n = 0; n < neighbourhoods.size(); n++) {
                Set<GridZone> zones = neighbourhoods.get(n);
                if (isPhaseTerminated.getAsBoolean() || spent >= TOTAL_DETERMINISTIC_SECONDS
                        || solution.getPlacements().stream().noneMatch(ExactRepair::unplacedWithOptions)) {
                    return;
                }
                boolean whole = n == 0;
                if (whole && pass > 0) {
                    continue;
                }
                List<Placement> freed = freed(solution.getPlacements(), zones);
                if (freed.stream().noneMatch(p -> p.getPool() == null)
                        || freed.stream().mapToInt(p -> p.getCandidatePools().size()).sum() > MAX_OPTIONS) {
                    continue;
                }
                RepairModel.Answer answer = new RepairModel(freed, loads,
                        whole ? WHOLE_DETERMINISTIC_SECONDS : SUB_PROBLEM_DETERMINISTIC_SECONDS).solve();
                spent += answer.deterministicSeconds();
                if (answer.better()) {
                    apply(scoreDirector, loads, freed, answer.pools());
                    improved = true;
                }
                if (whole && answer.optimal()) {
                    return;
                }
            }
            if (!improved) {
                return;
            }
        }
    }

    private static boolean unplacedWithOptions(Placement p) {
        return !p.isPinned() && p.getPool() == null;
    }

    /**
     * The whole problem (tried while it is small), then every zone that can host anything, then
     * every pair of such zones while there are at most {@link #MAX_ZONES_FOR_PAIRS}; each in the
     * order of the solution's zone list.
     */
    static List<Set<GridZone>> neighbourhoods(PlacementSolution solution) {
        Set<GridZone> hosting = new LinkedHashSet<>();
        for (Placement p : solution.getPlacements()) {
            p.getCandidatePools().forEach(pool -> hosting.add(pool.site().zone()));
        }
        List<GridZone> zones = solution.getZones().stream().filter(hosting::contains).toList();
        List<Set<GridZone>> all = new ArrayList<>();
        all.add(new LinkedHashSet<>(zones));
        zones.forEach(z -> all.add(Set.of(z)));
        if (zones.size() > MAX_ZONES_FOR_PAIRS) {
            return all;
        }
        for (int i = 0; i < zones.size(); i++) {
            for (int j = i + 1; j < zones.size(); j++) {
                all.add(new LinkedHashSet<>(List.of(zones.get(i), zones.get(j))));
            }
        }
        return all;
    }

    /** The workloads placed in the zones, and the unplaced ones that could run there. */
    static List<Placement> freed(List<Placement> placements, Set<GridZone> zones) {
        List<Placement> freed = new ArrayList<>();
        for (Placement p : placements) {
            if (p.isPinned()) {
                continue;
            }
            if (p.getPool() != null ? zones.contains(p.site().zone())
                    : p.getCandidatePools().stream().anyMatch(pool -> zones.contains(pool.site().zone()))) {
                freed.add(p);
            }
        }
        return freed;
    }

    private static void apply(ScoreDirector<PlacementSolution> scoreDirector, Loads loads, List<Placement> freed,
            Map<Placement, Pool> pools) {
        for (Placement p : freed) {
            Pool to = pools.get(p);
            if (to == p.getPool()) {
                continue;
            }
            loads.remove(p);
            scoreDirector.beforeVariableChanged(p, "pool");
            p.setPool(to);
            scoreDirector.afterVariableChanged(p, "pool");
            loads.add(p);
        }
        scoreDirector.triggerVariableListeners();
    }

    /** GPUs per pool, IT watts per site and grid watts per zone the current plan uses. */
    static final class Loads {
        final Map<Pool, Long> gpus = new LinkedHashMap<>();
        final Map<Site, Long> itWatts = new LinkedHashMap<>();
        final Map<GridZone, Long> gridWatts = new LinkedHashMap<>();

        static Loads of(List<Placement> placements) {
            Loads loads = new Loads();
            placements.forEach(loads::add);
            return loads;
        }

        void add(Placement p) {
            change(p, 1);
        }

        void remove(Placement p) {
            change(p, -1);
        }

        private void change(Placement p, int sign) {
            Candidate c = p.candidate();
            if (c == null) {
                return;
            }
            gpus.merge(c.pool(), (long) sign * c.gpus(), Long::sum);
            itWatts.merge(c.pool().site(), sign * c.itWatts(), Long::sum);
            gridWatts.merge(c.pool().site().zone(), sign * c.gridWatts(), Long::sum);
        }

        boolean withinLimits() {
            return gpus.entrySet().stream().allMatch(e -> e.getValue() <= e.getKey().availableGpus())
                    && itWatts.entrySet().stream().allMatch(e -> e.getValue() <= e.getKey().availableItWatts())
                    && gridWatts.entrySet().stream().allMatch(e -> e.getValue() <= e.getKey().headroomWatts());
        }
    }
}
