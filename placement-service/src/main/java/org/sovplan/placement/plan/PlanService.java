package org.sovplan.placement.plan;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.sovplan.common.paging.PageQuery;
import org.sovplan.common.paging.PageResponse;
import org.sovplan.common.paging.Sorting;
import org.sovplan.common.domain.Conflict;
import org.sovplan.common.domain.NotFound;
import org.sovplan.common.domain.RuleBroken;
import org.sovplan.common.security.RegionScope;
import org.sovplan.placement.problem.PlanningDataSource;
import org.sovplan.placement.config.PlacementConfig;
import org.sovplan.placement.problem.BuiltProblem;
import org.sovplan.placement.problem.PlanningInputs;
import org.sovplan.placement.problem.PlanningProblem;
import org.sovplan.placement.problem.ProblemBuilder;
import org.sovplan.placement.problem.Weights;
import org.sovplan.placement.problem.WorkloadDemand;
import org.sovplan.placement.result.PlanReport;
import org.sovplan.placement.workload.Workload;
import org.sovplan.placement.workload.WorkloadFilter;
import org.sovplan.placement.workload.WorkloadService;

import io.quarkus.security.identity.SecurityIdentity;

/**
 * Rules of plans: a planner plans over workloads of their regions; a plan takes a queue slot,
 * reads capacity and energy (503 when they are down), and is solved asynchronously.
 */
@ApplicationScoped
public class PlanService {

    private static final Sorting SORTING = new Sorting(Map.of("createdAt", "createdAt", "status", "status",
            "id", "id"), "id");

    private final PlanRepository plans;
    private final PlanStore store;
    private final WorkloadService workloads;
    private final PlanningDataSource data;
    private final PlanRunner runner;
    private final CommitLedger ledger;
    private final PlanEvents events;
    private final PlanLeases leases;
    private final RegionScope scope;
    private final SecurityIdentity identity;
    private final PlacementConfig config;

    public PlanService(PlanRepository plans, PlanStore store, WorkloadService workloads, PlanningDataSource data,
            PlanRunner runner, CommitLedger ledger, PlanEvents events, PlanLeases leases, RegionScope scope,
            SecurityIdentity identity, PlacementConfig config) {
        this.plans = plans;
        this.store = store;
        this.workloads = workloads;
        this.data = data;
        this.runner = runner;
        this.ledger = ledger;
        this.events = events;
        this.leases = leases;
        this.scope = scope;
        this.identity = identity;
        this.config = config;
    }

    /**
     * Checks, loads and queues a plan; answers it QUEUED. Selected workloads that hold
     * reservations of a committed plan are pinned (left out of the solve) or, with
     * {@code committedWorkloads: MOVE}, solved again with the GPUs they hold counted as free.
     */
    public PlanDto.Response create(PlanDto.CreateRequest request) {
        int limit = request.timeLimitSeconds() != null ? request.timeLimitSeconds()
                : config.solver().defaultTimeLimitSeconds();
        if (limit > config.solver().maxTimeLimitSeconds()) {
            throw new RuleBroken("timeLimitSeconds", "must be at most " + config.solver().maxTimeLimitSeconds());
        }
        LocalDate horizon = request.horizonDate() != null ? request.horizonDate() : LocalDate.now().plusYears(1);
        if (horizon.isBefore(LocalDate.now())) {
            throw new RuleBroken("horizonDate", "must not be in the past");
        }
        List<Workload> selected = select(request);
        List<String> regions = selected.stream().map(w -> w.regionCode).distinct().sorted().toList();
        regions.forEach(scope::requireWrite);
        PlanDto.CommittedWorkloads mode = request.committedWorkloads() == null ? PlanDto.CommittedWorkloads.PIN
                : request.committedWorkloads();
        List<PlanDto.Held> held = HeldCapacity.holdings(ledger, selected.stream().map(w -> w.id).toList(), mode);
        Set<UUID> pinned = mode == PlanDto.CommittedWorkloads.PIN
                ? held.stream().map(PlanDto.Held::workloadId).collect(Collectors.toSet()) : Set.of();
        List<WorkloadDemand> demands = selected.stream().filter(w -> !pinned.contains(w.id)).map(WorkloadDemand::of)
                .toList();
        if (demands.isEmpty()) {
            throw new RuleBroken("committedWorkloads", "every selected workload holds reservations of a committed plan "
                    + "and is pinned; ask for MOVE to plan them again");
        }
        Weights weights = request.weights() == null ? Weights.DEFAULT : request.weights().orDefaults();
        // Stored with the defaults applied, so that the plan says what it was solved with.
        PlanDto.CreateRequest effective = new PlanDto.CreateRequest(request.workloadIds(), request.filter(), weights,
                horizon, limit, mode);
        AtomicReference<Plan> created = new AtomicReference<>();
        runner.submit(() -> {
            PlanningInputs inputs = data.load(demands, horizon);
            if (mode == PlanDto.CommittedWorkloads.MOVE) {
                inputs = HeldCapacity.countedAsFree(inputs, held);
            }
            BuiltProblem built = new ProblemBuilder(config).build(new PlanningProblem(demands, inputs, weights, horizon));
            Plan plan = newPlan(effective, regions, demands.size(), limit);
            plan.held = held.isEmpty() ? null : held;
            store.save(plan, leases.leaseSeconds());
            created.set(plan);
            return new PlanRunner.Prepared(plan.id, built, limit);
        });
        return view(created.get());
    }

    public PlanDto.Response get(UUID id) {
        return view(find(id));
    }

    public PageResponse<PlanDto.Summary> list(PlanStatus status, PageQuery page) {
        return PageResponse.of(plans.search(status, SORTING.of(page.sort)), page, PlanService::summary);
    }

    /**
     * Stops an active plan early; refuses a plan that already ended. The request is recorded in
     * the plan's row: this replica stops a plan it solves at once, another replica solving it does
     * at its next lease renewal.
     */
    public PlanDto.Response cancel(UUID id) {
        Plan plan = find(id);
        plan.regionCodes.forEach(scope::requireWrite);
        if (!plan.status.isActive() || !store.requestCancel(id)) {
            throw new Conflict("plan " + id + " is " + store.read(id).status
                    + "; only QUEUED or SOLVING plans can be cancelled");
        }
        runner.cancel(id);
        return view(store.read(id));
    }

    /**
     * The plan as a report for people; 409 while it has no result (queued, solving, failed, or
     * cancelled before solving started).
     */
    public String report(UUID id, PlanReport.Format format) {
        Plan plan = find(id);
        if (plan.result == null) {
            String why = plan.status.isActive() ? " and has no result yet; its report is available once it ends"
                    : " and has no result" + (plan.failureReason == null ? "" : ": " + plan.failureReason);
            throw new Conflict("plan " + id + " is " + plan.status + why);
        }
        PlanDto.CreateRequest request = plan.request;
        PlanReport.Header header = new PlanReport.Header(plan.id, plan.status.name(), plan.createdAt, plan.createdBy,
                plan.finishedAt, request.horizonDate(), request.weights(), plan.committedAt);
        return PlanReport.render(header, plan.result, format);
    }

    /** The event stream of a plan: its state now, then progress until it ends. */
    public io.smallrye.mutiny.Multi<PlanDto.Event> events(UUID id) {
        PlanDto.Response now = get(id);
        return events.stream(id, new PlanDto.Event(now.status().isActive() ? "status" : "end", id, now.status(),
                now.progress().bestScore(), now.progress().elapsedMs(), now.failureReason()));
    }

    private List<Workload> select(PlanDto.CreateRequest r) {
        boolean named = r.workloadIds() != null && !r.workloadIds().isEmpty();
        if (named == (r.filter() != null)) {
            throw new RuleBroken("workloadIds", "give either workloadIds or a filter");
        }
        PlanDto.Selector f = r.filter();
        WorkloadFilter filter = f == null ? null : new WorkloadFilter(f.regionCode(), f.type(), null, f.minPriority());
        return workloads.forPlan(r.workloadIds(), filter, config.plans().maxWorkloads());
    }

    private Plan newPlan(PlanDto.CreateRequest request, List<String> regions, int count, int limit) {
        Plan plan = new Plan();
        plan.id = UUID.randomUUID();
        plan.status = PlanStatus.QUEUED;
        plan.request = request;
        plan.regionCodes = new java.util.ArrayList<>(regions);
        plan.workloadCount = count;
        plan.timeLimitSeconds = limit;
        plan.createdBy = identity.getPrincipal().getName();
        plan.owner = leases.owner();
        plan.createdAt = Instant.now();
        return plan;
    }

    PlanDto.Response view(Plan plan) {
        PlanDto.Progress progress = runner.progress(plan.id)
                .orElse(new PlanDto.Progress(plan.bestScore, plan.elapsedMs, plan.timeLimitSeconds));
        PlanDto.Commit commit = ledger.view(plan.id).orElse(null);
        return new PlanDto.Response(plan.id, plan.status, progress, plan.workloadCount, plan.createdBy,
                plan.createdAt, plan.startedAt, plan.finishedAt, plan.failureReason, plan.cancelRequestedAt,
                plan.result, plan.held == null ? List.of() : plan.held, commit, plan.version);
    }

    private static PlanDto.Summary summary(Plan p) {
        return new PlanDto.Summary(p.id, p.status, p.bestScore, p.workloadCount, p.createdBy, p.createdAt,
                p.finishedAt, p.committedAt != null);
    }

    Plan find(UUID id) {
        return plans.findByIdOptional(id).orElseThrow(() -> new NotFound("plan", id));
    }
}
