package org.sovplan.placement.solver;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.google.ortools.sat.BoolVar;
import com.google.ortools.sat.CpModel;
import com.google.ortools.sat.CpSolver;
import com.google.ortools.sat.CpSolverStatus;
import com.google.ortools.sat.LinearExpr;
import com.google.ortools.sat.LinearExprBuilder;
import com.google.ortools.sat.Literal;

/**
 * One sub-problem of the {@link ExactRepair}: the freed workloads, each on at most one of its
 * candidate pools (anywhere, not only in the neighbourhood), within what the workloads that stay
 * put leave of every pool's GPUs, site's IT watts and zone's grid headroom. The objective is the
 * solver's own order, in two stages: the most placed priority (the current assignment as hint),
 * then, with that priority held, the least soft penalty (the first stage's plan as hint). Two
 * stages rather than one objective that weighs each priority above the whole penalty range: the
 * priority alone has small integer coefficients whose bound CP-SAT proves quickly, and a stage that
 * runs out of time on the penalty no longer holds back a proven priority.
 */
final class RepairModel {

    /**
     * CP-SAT's linear relaxation at its fullest (level 2: the at-most-ones and the capacity rows all
     * in the LP, with cuts). On the 20 contended 20 x 100 benchmark instances, after construction,
     * it proves the most placed priority on 19 within 1.6 deterministic seconds (most within 0.5);
     * the default level proved 17 within 5, three of them only after 1.6-4.4.
     */
    private static final int LINEARIZATION_LEVEL = 2;

    /**
     * The second stage's (least penalty) limit as a share of the first's: local search polishes the
     * penalty further, so the repair's time goes to the priority first.
     */
    private static final double POLISH_SHARE = 0.5;

    private static final int SEED = 42;

    /**
     * @param better whether {@code pools} places more priority, or the same at a lower soft penalty
     * @param pools where each freed workload goes (absent: unplaced)
     */
    record Answer(boolean better, boolean optimal, Map<Placement, Pool> pools, double deterministicSeconds) {
    }

    private record Key(Placement placement, Pool pool) {
    }

    private final List<Placement> freed;
    private final ExactRepair.Loads loads;
    private final double deterministicSeconds;
    private final CpModel model = new CpModel();
    private final Map<Key, BoolVar> vars = new LinkedHashMap<>();

    RepairModel(List<Placement> freed, ExactRepair.Loads loads, double deterministicSeconds) {
        this.freed = freed;
        this.loads = loads;
        this.deterministicSeconds = deterministicSeconds;
        build();
    }

    private void build() {
        Map<Pool, Long> ownGpus = new HashMap<>();
        Map<Site, Long> ownIt = new HashMap<>();
        Map<GridZone, Long> ownGrid = new HashMap<>();
        for (Placement p : freed) {
            Candidate c = p.candidate();
            if (c != null) {
                ownGpus.merge(c.pool(), (long) c.gpus(), Long::sum);
                ownIt.merge(c.pool().site(), c.itWatts(), Long::sum);
                ownGrid.merge(c.pool().site().zone(), c.gridWatts(), Long::sum);
            }
        }
        Map<Pool, LinearExprBuilder> gpus = new LinkedHashMap<>();
        Map<Site, LinearExprBuilder> it = new LinkedHashMap<>();
        Map<GridZone, LinearExprBuilder> grid = new LinkedHashMap<>();
        for (Placement p : freed) {
            List<Literal> options = new ArrayList<>();
            for (Pool pool : p.getCandidatePools()) {
                Candidate c = p.candidateAt(pool);
                BoolVar x = model.newBoolVar("");
                vars.put(new Key(p, pool), x);
                options.add(x);
                gpus.computeIfAbsent(pool, k -> LinearExpr.newBuilder()).addTerm(x, c.gpus());
                it.computeIfAbsent(pool.site(), k -> LinearExpr.newBuilder()).addTerm(x, c.itWatts());
                grid.computeIfAbsent(pool.site().zone(), k -> LinearExpr.newBuilder()).addTerm(x, c.gridWatts());
                model.addHint(x, p.getPool() == pool);
            }
            model.addAtMostOne(options);
        }
        gpus.forEach((pool, sum) -> model.addLessOrEqual(sum,
                pool.availableGpus() - loads.gpus.getOrDefault(pool, 0L) + ownGpus.getOrDefault(pool, 0L)));
        it.forEach((site, sum) -> model.addLessOrEqual(sum,
                site.availableItWatts() - loads.itWatts.getOrDefault(site, 0L) + ownIt.getOrDefault(site, 0L)));
        grid.forEach((zone, sum) -> model.addLessOrEqual(sum,
                zone.headroomWatts() - loads.gridWatts.getOrDefault(zone, 0L) + ownGrid.getOrDefault(zone, 0L)));
    }

    Answer solve() {
        long currentPriority = 0;
        long currentPenalty = 0;
        for (Placement p : freed) {
            if (p.getPool() != null) {
                currentPriority += p.getPriority();
                currentPenalty += p.candidate().softPenalty();
            }
        }
        model.maximize(priority());
        CpSolver solver = solver(deterministicSeconds);
        CpSolverStatus status = solver.solve(model);
        double spent = deterministicTime(solver);
        if (!found(status)) {
            return new Answer(false, false, Map.of(), spent);
        }
        long priority = Math.round(solver.objectiveValue());
        boolean firstOptimal = status == CpSolverStatus.OPTIMAL;
        model.clearObjective();
        model.addGreaterOrEqual(priority(), priority);
        model.clearHints();
        vars.forEach((k, x) -> model.addHint(x, solver.booleanValue(x)));
        model.minimize(penalty());
        CpSolver polish = solver(deterministicSeconds * POLISH_SHARE);
        status = polish.solve(model);
        if (!found(status)) {
            // the polish found no plan in its time (it starts from the first stage's, so it rarely does not)
            return answer(solver, false, currentPriority, currentPenalty, spent + deterministicTime(polish));
        }
        return answer(polish, firstOptimal && status == CpSolverStatus.OPTIMAL, currentPriority, currentPenalty,
                spent + deterministicTime(polish));
    }

    private Answer answer(CpSolver solver, boolean optimal, long currentPriority, long currentPenalty, double spent) {
        Map<Placement, Pool> pools = new LinkedHashMap<>();
        long priority = 0;
        long penalty = 0;
        for (Map.Entry<Key, BoolVar> e : vars.entrySet()) {
            if (solver.booleanValue(e.getValue())) {
                Key k = e.getKey();
                pools.put(k.placement(), k.pool());
                priority += k.placement().getPriority();
                penalty += k.placement().candidateAt(k.pool()).softPenalty();
            }
        }
        boolean better = priority > currentPriority || priority == currentPriority && penalty < currentPenalty;
        return new Answer(better, optimal, pools, spent);
    }

    private LinearExpr priority() {
        LinearExprBuilder sum = LinearExpr.newBuilder();
        vars.forEach((k, x) -> sum.addTerm(x, k.placement().getPriority()));
        return sum.build();
    }

    private LinearExpr penalty() {
        LinearExprBuilder sum = LinearExpr.newBuilder();
        vars.forEach((k, x) -> sum.addTerm(x, k.placement().candidateAt(k.pool()).softPenalty()));
        return sum.build();
    }

    private static boolean found(CpSolverStatus status) {
        return status == CpSolverStatus.OPTIMAL || status == CpSolverStatus.FEASIBLE;
    }

    private static CpSolver solver(double deterministicSeconds) {
        CpSolver solver = new CpSolver();
        solver.getParameters().setNumWorkers(1).setRandomSeed(SEED).setMaxDeterministicTime(deterministicSeconds)
                .setLinearizationLevel(LINEARIZATION_LEVEL);
        return solver;
    }

    private static double deterministicTime(CpSolver solver) {
        return solver.response().getDeterministicTime();
    }
}
