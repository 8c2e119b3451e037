package org.sovplan.placement.plan;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import ai.timefold.solver.core.api.solver.SolutionManager;
import ai.timefold.solver.core.api.solver.SolverConfigOverride;
import ai.timefold.solver.core.api.solver.SolverManager;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;

import org.jboss.logging.Logger;
import org.sovplan.placement.config.PlacementConfig;
import org.sovplan.placement.problem.BuiltProblem;
import org.sovplan.placement.replica.Leases;
import org.sovplan.placement.result.PlanResult;
import org.sovplan.placement.result.ResultBuilder;
import org.sovplan.placement.solver.PlacementSolution;

/**
 * Runs plans on Timefold's {@link SolverManager}: takes a slot of the {@link PlanQueue}, starts a
 * solve with the plan's time limit, keeps its progress in memory, streams it, stores the final
 * result (COMPLETED, or CANCELLED with the best solution found) or the failure, and gives the
 * slot back. This class is the only one that takes and returns slots.
 */
@ApplicationScoped
public class PlanRunner implements Leases.Runner {

    private static final Logger LOG = Logger.getLogger(PlanRunner.class);

    private final SolverManager<PlacementSolution, UUID> solverManager;
    private final SolutionManager<PlacementSolution, HardMediumSoftLongScore> solutionManager;
    private final PlanStore store;
    private final PlanEvents events;
    private final PlanQueue queue;
    private final PlacementConfig config;
    private final Map<UUID, Run> runs = new ConcurrentHashMap<>();

    public PlanRunner(SolverManager<PlacementSolution, UUID> solverManager,
            SolutionManager<PlacementSolution, HardMediumSoftLongScore> solutionManager, PlanStore store,
            PlanEvents events, PlanQueue queue, PlacementConfig config) {
        this.solverManager = solverManager;
        this.solutionManager = solutionManager;
        this.store = store;
        this.events = events;
        this.queue = queue;
        this.config = config;
    }

    /** One plan being solved: its problem, progress and whether it was cancelled. */
    static final class Run {
        final BuiltProblem problem;
        final int timeLimitSeconds;
        final long queuedAtNanos = System.nanoTime();
        final AtomicBoolean ended = new AtomicBoolean();
        volatile long startedAtNanos;
        volatile boolean started;
        volatile boolean cancelled;
        volatile boolean abandoned;
        volatile String bestScore;
        volatile long lastEventNanos;

        Run(BuiltProblem problem, int timeLimitSeconds) {
            this.problem = problem;
            this.timeLimitSeconds = timeLimitSeconds;
        }

        long elapsedMs() {
            return started ? (System.nanoTime() - startedAtNanos) / 1_000_000 : 0;
        }
    }

    /** A plan stored and ready to solve. */
    public record Prepared(UUID planId, BuiltProblem problem, int timeLimitSeconds) {
    }

    /**
     * Takes a queue slot (or refuses with {@link QueueFullException} before any work), prepares
     * the plan (reads its data, builds and stores it) and starts solving it. The slot is held
     * until the plan ends, and given back at once if preparing or starting fails.
     */
    public Prepared submit(Supplier<Prepared> prepare) {
        queue.enter();
        Prepared prepared;
        try {
            prepared = prepare.get();
        } catch (RuntimeException e) {
            queue.leave();
            throw e;
        }
        // From here on the plan's end gives the slot back, also when starting fails.
        start(prepared.planId(), prepared.problem(), prepared.timeLimitSeconds());
        return prepared;
    }

    private void start(UUID planId, BuiltProblem problem, int timeLimitSeconds) {
        Run run = new Run(problem, timeLimitSeconds);
        runs.put(planId, run);
        TerminationConfig termination = new TerminationConfig()
                .withSpentLimit(Duration.ofSeconds(timeLimitSeconds))
                .withUnimprovedSpentLimit(Duration.ofSeconds(config.solver().unimprovedSecondsLimit()));
        try {
            solverManager.solveBuilder()
                    .withProblemId(planId)
                    .withProblem(problem.solution())
                    .withConfigOverride(new SolverConfigOverride<PlacementSolution>().withTerminationConfig(termination))
                    .withSolverJobStartedEventConsumer(e -> onStarted(planId, run))
                    .withBestSolutionEventConsumer(e -> onBest(planId, run, e.solution()))
                    .withFinalBestSolutionEventConsumer(e -> onFinal(planId, run, e.solution()))
                    .withExceptionHandler((id, failure) -> onFailure(planId, run, failure))
                    .run();
        } catch (RuntimeException e) {
            onFailure(planId, run, e);
        }
    }

    /** Stops a plan early; the best solution so far becomes its CANCELLED result. False when not run here. */
    @Override
    public boolean cancel(UUID planId) {
        Run run = runs.get(planId);
        if (run == null) {
            return false;
        }
        if (!run.cancelled) {
            run.cancelled = true;
            stop(planId, run, PlanStatus.CANCELLED, "cancelled before solving started");
        }
        return true;
    }

    /**
     * Stops a plan this replica no longer holds: its lease ran out and another replica (or this
     * one) failed it. Nothing is stored; the plan's row already says FAILED.
     */
    @Override
    public void abandon(UUID planId) {
        Run run = runs.get(planId);
        if (run != null && !run.abandoned) {
            LOG.warnf("Plan %s lost its lease; stopping it", planId);
            run.abandoned = true;
            stop(planId, run, PlanStatus.FAILED, PlanLeases.STOPPED);
        }
    }

    private void stop(UUID planId, Run run, PlanStatus notStartedStatus, String notStartedReason) {
        solverManager.terminateEarly(planId);
        synchronized (run) {
            if (!run.started) {
                end(planId, run, notStartedStatus, null, notStartedReason);
            }
        }
    }

    /** Progress of a running plan, empty when this process is not running it. */
    public java.util.Optional<PlanDto.Progress> progress(UUID planId) {
        Run run = runs.get(planId);
        return run == null ? java.util.Optional.empty()
                : java.util.Optional.of(new PlanDto.Progress(run.bestScore, run.elapsedMs(), run.timeLimitSeconds));
    }

    /** Ids of the plans this process is running (queued or solving). */
    @Override
    public Set<UUID> running() {
        return Set.copyOf(runs.keySet());
    }

    /** Progress of every plan this process is running, for lease renewal. */
    public Map<UUID, PlanDto.Progress> progressOfAll() {
        Map<UUID, PlanDto.Progress> all = new HashMap<>();
        runs.forEach((id, run) -> all.put(id, new PlanDto.Progress(run.bestScore, run.elapsedMs(), run.timeLimitSeconds)));
        return all;
    }

    private void onStarted(UUID planId, Run run) {
        synchronized (run) {
            if (run.ended.get()) {
                return;
            }
            run.started = true;
            run.startedAtNanos = System.nanoTime();
        }
        store.markSolving(planId);
        events.publish(new PlanDto.Event("status", planId, PlanStatus.SOLVING, null, 0L, null));
    }

    private void onBest(UUID planId, Run run, PlacementSolution best) {
        run.bestScore = String.valueOf(best.getScore());
        long now = System.nanoTime();
        if ((now - run.lastEventNanos) / 1_000_000 >= config.plans().progressIntervalMs()) {
            run.lastEventNanos = now;
            events.publish(new PlanDto.Event("progress", planId, PlanStatus.SOLVING, run.bestScore, run.elapsedMs(),
                    null));
        }
    }

    private void onFinal(UUID planId, Run run, PlacementSolution solution) {
        if (run.abandoned) {
            end(planId, run, PlanStatus.FAILED, null, PlanLeases.STOPPED);
            return;
        }
        try {
            var analysis = solutionManager.analyze(solution);
            PlanResult result = new ResultBuilder(config).build(run.problem, solution, analysis);
            run.bestScore = result.score();
            end(planId, run, run.cancelled ? PlanStatus.CANCELLED : PlanStatus.COMPLETED, result, null);
        } catch (RuntimeException e) {
            onFailure(planId, run, e);
        }
    }

    private void onFailure(UUID planId, Run run, Throwable failure) {
        LOG.errorf(failure, "Plan %s failed while solving", planId);
        end(planId, run, PlanStatus.FAILED, null,
                "solving failed unexpectedly; the service log has the details under plan " + planId);
    }

    private void end(UUID planId, Run run, PlanStatus status, PlanResult result, String reason) {
        if (!run.ended.compareAndSet(false, true)) {
            return;
        }
        try {
            if (result != null) {
                store.finish(planId, status, run.bestScore, run.elapsedMs(), result);
            } else {
                store.fail(planId, status, reason);
            }
        } finally {
            runs.remove(planId);
            queue.leave();
            events.end(new PlanDto.Event("end", planId, status, run.bestScore, run.elapsedMs(), reason));
        }
    }
}
