package org.sovplan.placement.scenario.model;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

import com.google.ortools.Loader;
import com.google.ortools.linearsolver.MPSolver;
import com.google.ortools.linearsolver.MPSolverParameters;
import com.google.ortools.linearsolver.MPVariable;

/**
 * Solves an {@link ExpansionProblem} through OR-Tools' linear solver API, within a time limit and a
 * relative gap, and reads the answer. Three stages, each stopping as soon as the plan is proven
 * within the gap of the bound:
 * <ol>
 * <li>the LP relaxation (HiGHS) gives the lower bound; rounding its accelerator purchases up and
 * re-solving the rest gives a feasible plan (rounding down when rounding up breaks a limit);</li>
 * <li>RENS (relaxation enforced neighbourhood search, Berthold 2014): SCIP solves the MILP with
 * each purchase restricted to the two whole numbers around its relaxed value, started from the
 * rounded plan. It repairs a rounding that broke a site's potential, a build rate or a budget by
 * choosing, purchase by purchase, up or down, instead of rounding everything down;</li>
 * <li>otherwise, the full MILP is solved by SCIP for the remaining time, started from the best
 * plan, and the better plan is kept; the bound is the better of both bounds.</li>
 * </ol>
 * OR-Tools is native code loaded through JNI and verified in JVM mode. One instance solves one
 * problem; {@link #interrupt()} stops it from another thread and keeps the best plan found.
 */
public final class ExpansionSolver {

    static final String LP = "HIGHS_LP";
    static final String MIP = "SCIP";
    private static final AtomicBoolean LOADED = new AtomicBoolean();

    private final AtomicReference<MPSolver> running = new AtomicReference<>();
    private volatile boolean interrupted;

    /**
     * @param timeLimitSeconds stop searching after this long with the best plan and bound
     * @param relativeGap stop once the plan is proven within this fraction of the optimum
     * @param lpRoundingFirst try the rounded LP relaxation before the MILP (false: the MILP only)
     */
    public record Settings(int timeLimitSeconds, double relativeGap, boolean lpRoundingFirst) {

        public Settings(int timeLimitSeconds, double relativeGap) {
            this(timeLimitSeconds, relativeGap, true);
        }
    }

    /** Loads the OR-Tools natives once per process. */
    public static void loadNatives() {
        if (LOADED.compareAndSet(false, true)) {
            Loader.loadNativeLibraries();
        }
    }

    public ScenarioResult solve(ExpansionProblem problem, Settings settings) {
        loadNatives();
        long start = System.nanoTime();
        long limitMs = settings.timeLimitSeconds() * 1000L;
        List<MPSolver> solvers = new ArrayList<>();
        try {
            ExpansionModel best = null;
            String engine = null;
            double bound = Double.NEGATIVE_INFINITY;
            double incumbent = Double.POSITIVE_INFINITY;
            double[] relaxedBuys = null;
            if (settings.lpRoundingFirst()) {
                MPSolver lp = create(LP, solvers);
                ExpansionModel relaxed = ExpansionModel.build(problem, lp, true);
                if (!solved(run(lp, null, start, limitMs), true)) {
                    return new SolutionReader(relaxed, settings.relativeGap()).notSolved(elapsed(start),
                            elapsed(start) >= limitMs);
                }
                bound = lp.objective().value();
                relaxedBuys = relaxed.purchases().stream().mapToDouble(MPVariable::solutionValue).toArray();
                incumbent = roundPurchases(relaxed, relaxedBuys, start, limitMs);
                if (Double.isFinite(incumbent)) {
                    best = relaxed;
                    engine = LP + " + rounding";
                }
                if (done(incumbent, bound, settings, start, limitMs)) {
                    return read(best, engine, settings, incumbent, bound, start, limitMs);
                }
                // RENS: the MILP restricted to the whole numbers around the relaxed purchases, which
                // repairs a rounding that broke a limit by choosing, GPU by GPU, up or down.
                MPSolver neighbourhood = create(MIP, solvers);
                ExpansionModel near = ExpansionModel.build(problem, neighbourhood, false);
                List<MPVariable> buys = near.purchases();
                for (int i = 0; i < buys.size(); i++) {
                    buys.get(i).setBounds(Math.floor(relaxedBuys[i] + 1e-6), Math.ceil(relaxedBuys[i] - 1e-6));
                }
                if (best != null) {
                    hint(neighbourhood, near, best);
                }
                if (solved(run(neighbourhood, gapParameters(settings), start, limitMs), false)
                        && neighbourhood.objective().value() < incumbent - 1e-9 * Math.abs(incumbent)) {
                    incumbent = neighbourhood.objective().value();
                    best = near;
                    engine = LP + " + " + MIP + " around the LP";
                }
                if (done(incumbent, bound, settings, start, limitMs)) {
                    return read(best, engine, settings, incumbent, bound, start, limitMs);
                }
            }
            MPSolver mip = create(MIP, solvers);
            ExpansionModel exact = ExpansionModel.build(problem, mip, false);
            if (best != null) {
                hint(mip, exact, best);
            }
            if (solved(run(mip, gapParameters(settings), start, limitMs), false)) {
                bound = Math.max(bound, mip.objective().bestBound());
                double objective = mip.objective().value();
                if (objective <= incumbent + 1e-6 * Math.abs(incumbent) || best == null) {
                    incumbent = objective;
                    best = exact;
                    engine = MIP;
                } else {
                    engine = engine + ", " + MIP;
                }
            }
            if (best == null) {
                long wallMs = elapsed(start);
                return new SolutionReader(exact, settings.relativeGap()).notSolved(wallMs, wallMs >= limitMs - 50);
            }
            return read(best, engine, settings, incumbent, bound, start, limitMs);
        } finally {
            running.set(null);
            solvers.forEach(MPSolver::delete);
        }
    }

    /** Whether the plan found is good enough, or there is no time (or leave) to improve it. */
    private boolean done(double incumbent, double bound, Settings settings, long start, long limitMs) {
        return Double.isFinite(incumbent)
                && (gap(incumbent, bound) <= settings.relativeGap() || interrupted || elapsed(start) >= limitMs);
    }

    private ScenarioResult read(ExpansionModel model, String engine, Settings settings, double objective, double bound,
            long start, long limitMs) {
        long wallMs = elapsed(start);
        return new SolutionReader(model, settings.relativeGap()).read(status(objective, bound, settings), engine,
                objective, bound, wallMs, wallMs >= limitMs - 50);
    }

    private static MPSolverParameters gapParameters(Settings settings) {
        MPSolverParameters parameters = new MPSolverParameters();
        parameters.setDoubleParam(MPSolverParameters.DoubleParam.RELATIVE_MIP_GAP, settings.relativeGap());
        return parameters;
    }

    /**
     * Fixes the relaxed purchases to whole GPUs, up (or, when that breaks a limit, down: never
     * infeasible, as unserved demand absorbs what is missing), and re-solves the rest; answers the
     * plan's objective, or infinity when neither re-solve ended.
     */
    private double roundPurchases(ExpansionModel relaxed, double[] values, long start, long limitMs) {
        List<MPVariable> buys = relaxed.purchases();
        for (boolean up : new boolean[] { true, false }) {
            for (int i = 0; i < buys.size(); i++) {
                double whole = up ? Math.ceil(values[i] - 1e-6) : Math.floor(values[i] + 1e-6);
                buys.get(i).setBounds(Math.max(0, whole), Math.max(0, whole));
            }
            // A fresh solve: HiGHS may answer an unknown status when warm-started after bound changes.
            relaxed.solver.reset();
            if (solved(run(relaxed.solver, null, start, limitMs), true)) {
                return relaxed.solver.objective().value();
            }
        }
        return Double.POSITIVE_INFINITY;
    }

    /** Starts a MILP from a known plan's (whole) purchases. */
    private static void hint(MPSolver mip, ExpansionModel exact, ExpansionModel rounded) {
        List<MPVariable> from = rounded.purchases();
        List<MPVariable> to = exact.purchases();
        double[] values = new double[to.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = Math.round(from.get(i).solutionValue());
        }
        mip.setHint(to.toArray(MPVariable[]::new), values);
    }

    private MPSolver.ResultStatus run(MPSolver solver, MPSolverParameters parameters, long start, long limitMs) {
        if (interrupted) {
            return MPSolver.ResultStatus.NOT_SOLVED;
        }
        solver.setTimeLimit(Math.max(1, limitMs - elapsed(start)));
        running.set(solver);
        try {
            return parameters == null ? solver.solve() : solver.solve(parameters);
        } catch (IllegalArgumentException unknownStatus) {
            // OR-Tools' Java enum lacks some engine answers (e.g. HiGHS's 99, unknown): no usable plan.
            return MPSolver.ResultStatus.ABNORMAL;
        } finally {
            running.set(null);
        }
    }

    private static boolean solved(MPSolver.ResultStatus status, boolean optimalOnly) {
        return status == MPSolver.ResultStatus.OPTIMAL || !optimalOnly && status == MPSolver.ResultStatus.FEASIBLE;
    }

    private static String status(double objective, double bound, Settings settings) {
        return gap(objective, bound) <= settings.relativeGap() + 1e-12 ? "OPTIMAL" : "FEASIBLE";
    }

    private static MPSolver create(String engine, List<MPSolver> created) {
        MPSolver solver = MPSolver.createSolver(engine);
        if (solver == null) {
            throw new IllegalStateException("OR-Tools has no " + engine + " solver in this build");
        }
        created.add(solver);
        return solver;
    }

    private static long elapsed(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }

    /** Stops the solve now; the best plan found so far is kept (FEASIBLE), if there is one. */
    public void interrupt() {
        interrupted = true;
        MPSolver solver = running.get();
        if (solver != null) {
            solver.interruptSolve();
        }
    }

    public boolean wasInterrupted() {
        return interrupted;
    }

    /** (objective - bound) / |objective|; 0 when both are 0. */
    static double gap(double objective, double bound) {
        if (!Double.isFinite(bound)) {
            return Double.POSITIVE_INFINITY;
        }
        return Math.max(0, (objective - bound) / Math.max(Math.abs(objective), 1e-9));
    }

    /** The gap as a percent, cut (never rounded up) to 0.01; null when there is no bound. */
    static BigDecimal gapPct(double objective, double bound) {
        double gap = gap(objective, bound);
        return Double.isFinite(gap) ? Figures.down(gap * 100, 2) : null;
    }
}
