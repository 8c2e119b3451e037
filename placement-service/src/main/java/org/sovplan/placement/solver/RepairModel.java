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
 * solver's own order: the most placed priority, then the least soft penalty. When the penalties are
 * small enough both fit one integer objective (priority weighted above any penalty sum); otherwise
 * two stages, priority first. The current assignment is the hint, so CP-SAT starts from it.
 */
final class RepairModel {

    /** Largest objective coefficient sum kept in one stage: CP-SAT's bounds are doubles, exact up to 2^53. */
    private static final long ONE_STAGE_LIMIT = 1L << 52;

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
        long penaltyRange = 1;
        long priorityRange = 0;
        for (Placement p : freed) {
            penaltyRange += p.getCandidatePools().stream().mapToLong(pool -> p.candidateAt(pool).softPenalty()).max()
                    .orElse(0);
            priorityRange += p.getPriority();
        }
        boolean oneStage = penaltyRange < ONE_STAGE_LIMIT / Math.max(1, priorityRange + 1);
        CpSolver solver = solver();
        CpSolverStatus status;
        if (oneStage) {
            LinearExprBuilder objective = LinearExpr.newBuilder();
            long weight = penaltyRange;
            vars.forEach((k, x) -> objective.addTerm(x,
                    k.placement().getPriority() * weight - k.placement().candidateAt(k.pool()).softPenalty()));
            model.maximize(objective);
            status = solver.solve(model);
        } else {
            model.maximize(priority());
            status = solver.solve(model);
            if (!found(status)) {
                return new Answer(false, false, Map.of(), deterministicTime(solver));
            }
            long priority = Math.round(solver.objectiveValue());
            boolean firstOptimal = status == CpSolverStatus.OPTIMAL;
            double spent = deterministicTime(solver);
            model.clearObjective();
            model.addGreaterOrEqual(priority(), priority);
            model.clearHints();
            vars.forEach((k, x) -> model.addHint(x, solver.booleanValue(x)));
            model.minimize(penalty());
            CpSolver polish = solver();
            status = polish.solve(model);
            return answer(status, firstOptimal, polish, currentPriority, currentPenalty, spent);
        }
        return answer(status, true, solver, currentPriority, currentPenalty, 0);
    }

    private Answer answer(CpSolverStatus status, boolean earlierOptimal, CpSolver solver, long currentPriority, long currentPenalty,
            double alreadySpent) {
        double spent = alreadySpent + deterministicTime(solver);
        if (!found(status)) {
            return new Answer(false, false, Map.of(), spent);
        }
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
        return new Answer(better, earlierOptimal && status == CpSolverStatus.OPTIMAL, pools, spent);
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

    private CpSolver solver() {
        CpSolver solver = new CpSolver();
        solver.getParameters().setNumWorkers(1).setRandomSeed(SEED).setMaxDeterministicTime(deterministicSeconds);
        return solver;
    }

    private static double deterministicTime(CpSolver solver) {
        return solver.response().getDeterministicTime();
    }
}
