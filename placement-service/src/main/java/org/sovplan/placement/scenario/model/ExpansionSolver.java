package org.sovplan.placement.scenario.model;

import java.math.BigDecimal;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

import com.google.ortools.Loader;
import com.google.ortools.linearsolver.MPSolver;
import com.google.ortools.linearsolver.MPSolverParameters;
import com.google.ortools.linearsolver.MPVariable;

/**
 * Solves an {@link ExpansionProblem} through OR-Tools' linear solver API, within a time limit and a
 * relative gap, and reads the answer. Two stages, both with a proven gap:
 * <ol>
 * <li>the LP relaxation (HiGHS) gives a lower bound; rounding its accelerator purchases up and
 * re-solving the rest gives a feasible plan (rounding down when rounding up breaks a limit). When
 * that plan is within the gap of the bound, it is the answer: with hundreds of GPUs per purchase,
 * rounding costs a fraction of a percent;</li>
 * <li>otherwise, the MILP is solved by SCIP for the remaining time, started from the rounded plan,
 * and the better plan is kept; the bound is the better of both bounds.</li>
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
        MPSolver lp = null;
        MPSolver mip = null;
        try {
            ExpansionModel rounded = null;
            double bound = Double.NEGATIVE_INFINITY;
            double incumbent = Double.POSITIVE_INFINITY;
            if (settings.lpRoundingFirst()) {
                lp = create(LP);
                rounded = ExpansionModel.build(problem, lp, true);
                if (!solved(run(lp, null, start, limitMs), true)) {
                    return new SolutionReader(rounded, settings.relativeGap()).notSolved(elapsed(start), elapsed(start) >= limitMs);
                }
                bound = lp.objective().value();
                incumbent = roundPurchases(rounded, start, limitMs);
                if (Double.isFinite(incumbent) && (gap(incumbent, bound) <= settings.relativeGap() || interrupted
                        || elapsed(start) >= limitMs)) {
                    return new SolutionReader(rounded, settings.relativeGap()).read(status(incumbent, bound, settings), LP + " + rounding",
                            incumbent, bound, elapsed(start), elapsed(start) >= limitMs);
                }
            }
            mip = create(MIP);
            ExpansionModel exact = ExpansionModel.build(problem, mip, false);
            if (rounded != null && Double.isFinite(incumbent)) {
                hint(mip, exact, rounded);
            }
            MPSolverParameters parameters = new MPSolverParameters();
            parameters.setDoubleParam(MPSolverParameters.DoubleParam.RELATIVE_MIP_GAP, settings.relativeGap());
            MPSolver.ResultStatus status = run(mip, parameters, start, limitMs);
            long wallMs = elapsed(start);
            boolean limitReached = wallMs >= limitMs - 50;
            if (solved(status, false)) {
                bound = Math.max(bound, mip.objective().bestBound());
                double objective = mip.objective().value();
                if (objective <= incumbent + 1e-6 * Math.abs(incumbent) || rounded == null) {
                    return new SolutionReader(exact, settings.relativeGap()).read(status(objective, bound, settings), MIP, objective, bound,
                            wallMs, limitReached);
                }
            }
            if (rounded != null && Double.isFinite(incumbent)) {
                return new SolutionReader(rounded, settings.relativeGap()).read(status(incumbent, bound, settings), LP + " + rounding, " + MIP,
                        incumbent, bound, wallMs, limitReached);
            }
            return new SolutionReader(exact, settings.relativeGap()).notSolved(wallMs, limitReached);
        } finally {
            running.set(null);
            if (lp != null) {
                lp.delete();
            }
            if (mip != null) {
                mip.delete();
            }
        }
    }

    /**
     * Fixes the relaxed purchases to whole GPUs, up (or, when that breaks a limit, down: never
     * infeasible, as unserved demand absorbs what is missing), and re-solves the rest; answers the
     * plan's objective, or infinity when neither re-solve ended.
     */
    private double roundPurchases(ExpansionModel relaxed, long start, long limitMs) {
        List<MPVariable> buys = relaxed.purchases();
        double[] values = buys.stream().mapToDouble(MPVariable::solutionValue).toArray();
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

    private static MPSolver create(String engine) {
        MPSolver solver = MPSolver.createSolver(engine);
        if (solver == null) {
            throw new IllegalStateException("OR-Tools has no " + engine + " solver in this build");
        }
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
