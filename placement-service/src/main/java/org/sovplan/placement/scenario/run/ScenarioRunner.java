package org.sovplan.placement.scenario.run;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;
import org.sovplan.placement.config.PlacementConfig;
import org.sovplan.placement.plan.QueueFullException;
import org.sovplan.placement.replica.Leases;
import org.sovplan.placement.scenario.ScenarioConfig;
import org.sovplan.placement.scenario.model.ExpansionProblem;
import org.sovplan.placement.scenario.model.ExpansionSolver;
import org.sovplan.placement.scenario.model.ScenarioResult;

/**
 * Solves runs on a small pool of solver threads (the MILP is CPU-bound), bounded by a queue of
 * {@code sovplan.placement.scenarios.queue-capacity} runs: it takes a run's queue slot when the run
 * is accepted and gives it back when the run ends, whatever the end.
 */
@ApplicationScoped
public class ScenarioRunner implements Leases.Runner {

    static final String STOPPED = "the replica solving this run stopped; run it again";
    private static final Logger LOG = Logger.getLogger(ScenarioRunner.class);

    private final ScenarioRunStore store;
    private final ScenarioEvents events;
    private final Semaphore slots;
    private final int retryAfterSeconds;
    private final ExecutorService pool;
    private final Map<UUID, Run> runs = new ConcurrentHashMap<>();

    public ScenarioRunner(ScenarioRunStore store, ScenarioEvents events, ScenarioConfig config,
            PlacementConfig placement) {
        this.store = store;
        this.events = events;
        this.slots = new Semaphore(config.queueCapacity());
        this.retryAfterSeconds = placement.plans().retryAfterSeconds();
        this.pool = Executors.newFixedThreadPool(config.parallelSolves(), r -> {
            Thread t = new Thread(r, "scenario-solver");
            t.setDaemon(true);
            return t;
        });
    }

    /** A run accepted here: its solver, when it started, how it ended. */
    static final class Run {
        final ExpansionSolver solver = new ExpansionSolver();
        final AtomicBoolean ended = new AtomicBoolean();
        volatile long startedAtNanos;
        volatile boolean cancelled;
        volatile boolean abandoned;

        long elapsedMs() {
            return startedAtNanos == 0 ? 0 : (System.nanoTime() - startedAtNanos) / 1_000_000;
        }
    }

    /** Takes {@code count} queue slots or refuses with 429; hand them to {@link #start} or {@link #release}. */
    public void admit(int count) {
        if (!slots.tryAcquire(count)) {
            throw new QueueFullException(retryAfterSeconds);
        }
    }

    /** Gives back slots taken by {@link #admit} for runs that never started. */
    public void release(int count) {
        slots.release(count);
    }

    /** Queues the solve of a stored run, using one admitted slot until the run ends. */
    public void start(UUID runId, ExpansionProblem problem, ExpansionSolver.Settings settings) {
        Run run = new Run();
        runs.put(runId, run);
        pool.submit(() -> solve(runId, run, problem, settings));
    }

    private void solve(UUID runId, Run run, ExpansionProblem problem, ExpansionSolver.Settings settings) {
        try {
            if (run.cancelled || run.abandoned) {
                end(runId, run, run.abandoned ? RunStatus.FAILED : RunStatus.CANCELLED, null,
                        run.abandoned ? STOPPED : "cancelled before solving started");
                return;
            }
            run.startedAtNanos = System.nanoTime();
            store.markSolving(runId);
            events.publish(new RunDto.Event("status", runId, RunStatus.SOLVING, 0L, null));
            ScenarioResult result = run.solver.solve(problem, settings);
            boolean solved = result.solver().status().equals("OPTIMAL") || result.solver().status().equals("FEASIBLE");
            if (run.abandoned) {
                end(runId, run, RunStatus.FAILED, null, STOPPED);
            } else if (!solved) {
                end(runId, run, run.cancelled ? RunStatus.CANCELLED : RunStatus.FAILED, null, "the solver found no "
                        + "solution (" + result.solver().status() + ") within " + settings.timeLimitSeconds() + " s");
            } else {
                end(runId, run, run.cancelled ? RunStatus.CANCELLED : RunStatus.COMPLETED, result, null);
            }
        } catch (RuntimeException | LinkageError e) {
            LOG.errorf(e, "Scenario run %s failed while solving", runId);
            end(runId, run, RunStatus.FAILED, null,
                    "solving failed unexpectedly; the service log has the details under run " + runId);
        }
    }

    /** Stops a run early; false when it does not run here. */
    @Override
    public boolean cancel(UUID runId) {
        Run run = runs.get(runId);
        if (run == null) {
            return false;
        }
        run.cancelled = true;
        run.solver.interrupt();
        return true;
    }

    /** Stops a run this replica lost (its lease was taken over); it ends FAILED. */
    @Override
    public void abandon(UUID runId) {
        Run run = runs.get(runId);
        if (run != null) {
            run.abandoned = true;
            run.solver.interrupt();
        }
    }

    public Optional<Long> elapsedMs(UUID runId) {
        Run run = runs.get(runId);
        return run == null ? Optional.empty() : Optional.of(run.elapsedMs());
    }

    @Override
    public Set<UUID> running() {
        return Set.copyOf(runs.keySet());
    }

    public Map<UUID, Long> elapsedOfAll() {
        Map<UUID, Long> all = new HashMap<>();
        runs.forEach((id, run) -> all.put(id, run.elapsedMs()));
        return all;
    }

    /** Free queue slots, for tests and health. */
    public int free() {
        return slots.availablePermits();
    }

    private void end(UUID runId, Run run, RunStatus status, ScenarioResult result, String reason) {
        if (!run.ended.compareAndSet(false, true)) {
            return;
        }
        try {
            store.finish(runId, status, result, run.elapsedMs(), reason);
        } finally {
            runs.remove(runId);
            slots.release();
            events.end(new RunDto.Event("end", runId, status, run.elapsedMs(), reason));
        }
    }

    @PreDestroy
    void stop() {
        runs.values().forEach(r -> {
            r.abandoned = true;
            r.solver.interrupt();
        });
        pool.shutdownNow();
    }
}
