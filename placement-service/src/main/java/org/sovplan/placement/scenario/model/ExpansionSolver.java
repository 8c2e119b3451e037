package org.sovplan.placement.scenario.model;

import java.math.BigDecimal;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

import com.google.ortools.Loader;
import com.google.ortools.linearsolver.MPSolver;
import com.google.ortools.linearsolver.MPSolverParameters;

/**
 * Solves an {@link ExpansionProblem} with SCIP through OR-Tools' linear solver API, within a time
 * limit and a relative gap, and reads the answer. OR-Tools is native code loaded through JNI: it is
 * verified in JVM mode (native images are configured for the rest of the service, not for this).
 * One instance solves one problem; {@link #interrupt()} stops it from another thread and keeps the
 * best solution found.
 */
public final class ExpansionSolver {

    /** OR-Tools' name of the engine. */
    public static final String ENGINE = "SCIP";
    private static final AtomicBoolean LOADED = new AtomicBoolean();

    private final AtomicReference<MPSolver> running = new AtomicReference<>();
    private volatile boolean interrupted;

    /**
     * @param timeLimitSeconds stop searching after this long with the best solution and bound
     * @param relativeGap stop once the solution is proven within this fraction of the optimum
     */
    public record Settings(int timeLimitSeconds, double relativeGap) {
    }

    /** Loads the OR-Tools natives once per process. */
    public static void loadNatives() {
        if (LOADED.compareAndSet(false, true)) {
            Loader.loadNativeLibraries();
        }
    }

    public ScenarioResult solve(ExpansionProblem problem, Settings settings) {
        loadNatives();
        MPSolver solver = MPSolver.createSolver(ENGINE);
        if (solver == null) {
            throw new IllegalStateException("OR-Tools has no " + ENGINE + " solver in this build");
        }
        try {
            ExpansionModel model = ExpansionModel.build(problem, solver);
            solver.setTimeLimit(settings.timeLimitSeconds() * 1000L);
            MPSolverParameters parameters = new MPSolverParameters();
            parameters.setDoubleParam(MPSolverParameters.DoubleParam.RELATIVE_MIP_GAP, settings.relativeGap());
            running.set(solver);
            if (interrupted) {
                return new SolutionReader(model).notSolved("cancelled before solving started");
            }
            long start = System.nanoTime();
            MPSolver.ResultStatus status = solver.solve(parameters);
            long wallMs = (System.nanoTime() - start) / 1_000_000;
            running.set(null);
            return new SolutionReader(model).read(status, wallMs, wallMs >= settings.timeLimitSeconds() * 1000L - 50);
        } finally {
            running.set(null);
            solver.delete();
        }
    }

    /** Stops the solve now; the solver answers the best solution it has (FEASIBLE), if any. */
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

    /** (objective - bound) / |objective|, 0 when both are 0; as a percent rounded down to 0.01. */
    static BigDecimal gapPct(double objective, double bound) {
        double denominator = Math.max(Math.abs(objective), 1e-9);
        double gap = Math.max(0, (objective - bound) / denominator);
        return Figures.down(gap * 100, 2);
    }
}
