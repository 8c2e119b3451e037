package org.sovplan.placement.scenario.run;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.sovplan.common.paging.PageQuery;
import org.sovplan.common.paging.PageResponse;
import org.sovplan.common.domain.Conflict;
import org.sovplan.common.domain.NotFound;
import org.sovplan.common.domain.RuleBroken;
import org.sovplan.common.security.RegionScope;
import org.sovplan.placement.config.PlacementConfig;
import org.sovplan.placement.scenario.Scenario;
import org.sovplan.placement.scenario.ScenarioConfig;
import org.sovplan.placement.scenario.ScenarioDataSource;
import org.sovplan.placement.scenario.ScenarioDto;
import org.sovplan.placement.scenario.ScenarioInputs;
import org.sovplan.placement.scenario.ScenarioProblemBuilder;
import org.sovplan.placement.scenario.ScenarioService;
import org.sovplan.placement.scenario.model.ExpansionProblem;
import org.sovplan.placement.scenario.model.ExpansionSolver;
import org.sovplan.placement.workload.Workload;
import org.sovplan.placement.workload.WorkloadRepository;

import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Multi;

/**
 * Rules of runs: a planner of the scenario's region starts them; a run reads capacity and energy
 * when it starts (503 when they are down), takes a queue slot (429 when full) and is solved
 * asynchronously; a sensitivity starts one run per variant or carbon price scale.
 */
@ApplicationScoped
public class ScenarioRunService {

    static final int MAX_COMPARED = 10;

    private final ScenarioService scenarios;
    private final ScenarioRunRepository runs;
    private final ScenarioRunStore store;
    private final ScenarioRunner runner;
    private final ScenarioRunLeases leases;
    private final ScenarioEvents events;
    private final ScenarioDataSource data;
    private final WorkloadRepository workloads;
    private final RegionScope scope;
    private final SecurityIdentity identity;
    private final ScenarioConfig config;
    private final ScenarioProblemBuilder builder;

    public ScenarioRunService(ScenarioService scenarios, ScenarioRunRepository runs, ScenarioRunStore store,
            ScenarioRunner runner, ScenarioRunLeases leases, ScenarioEvents events, ScenarioDataSource data,
            WorkloadRepository workloads, RegionScope scope, SecurityIdentity identity, ScenarioConfig config,
            PlacementConfig placement) {
        this.scenarios = scenarios;
        this.runs = runs;
        this.store = store;
        this.runner = runner;
        this.leases = leases;
        this.events = events;
        this.data = data;
        this.workloads = workloads;
        this.scope = scope;
        this.identity = identity;
        this.config = config;
        this.builder = new ScenarioProblemBuilder(placement, config);
    }

    /** What one run solves. */
    record Choice(String variant, BigDecimal carbonPriceScale) {
    }

    public RunDto.Response start(UUID scenarioId, RunDto.CreateRequest request) {
        Scenario scenario = scenarios.find(scenarioId);
        RunDto.CreateRequest r = request == null ? new RunDto.CreateRequest(null, null, null) : request;
        Choice choice = new Choice(r.variant() != null ? r.variant() : defaultVariant(scenario),
                r.carbonPriceScale() != null ? r.carbonPriceScale() : BigDecimal.ONE);
        return startAll(scenario, List.of(choice), r.timeLimitSeconds()).get(0);
    }

    public RunDto.SensitivityResponse sensitivity(UUID scenarioId, RunDto.SensitivityRequest request) {
        Scenario scenario = scenarios.find(scenarioId);
        boolean byVariant = request.variants() != null && !request.variants().isEmpty();
        boolean byCarbon = request.carbonPriceScales() != null && !request.carbonPriceScales().isEmpty();
        if (byVariant == byCarbon) {
            throw new RuleBroken("variants", "give either variants or carbonPriceScales");
        }
        List<Choice> choices = byVariant
                ? new LinkedHashSet<>(request.variants()).stream().map(v -> new Choice(v, BigDecimal.ONE)).toList()
                : request.carbonPriceScales().stream().map(BigDecimal::stripTrailingZeros).distinct()
                        .map(s -> new Choice(defaultVariant(scenario), s)).toList();
        List<RunDto.Response> started = startAll(scenario, choices, request.timeLimitSeconds());
        return new RunDto.SensitivityResponse(started, "/api/v1/scenarios/compare?runs="
                + String.join(",", started.stream().map(s -> s.id().toString()).toList()));
    }

    private List<RunDto.Response> startAll(Scenario scenario, List<Choice> choices, Integer timeLimitSeconds) {
        scope.requireWrite(scenario.regionCode);
        int limit = timeLimitSeconds != null ? timeLimitSeconds : config.defaultTimeLimitSeconds();
        if (limit > config.maxTimeLimitSeconds()) {
            throw new RuleBroken("timeLimitSeconds", "must be at most " + config.maxTimeLimitSeconds());
        }
        choices.forEach(c -> requireVariant(scenario, c.variant()));
        Map<UUID, Workload> named = workloadsOf(scenario);
        runner.admit(choices.size());
        int started = 0;
        try {
            ScenarioInputs inputs = data.load(scenario.regionCode, scenario.firstYear, scenario.lastYear,
                    userRegions(scenario, named));
            List<ExpansionProblem> problems = new ArrayList<>();
            for (Choice c : choices) {
                problems.add(builder.build(scenario, c.variant(), c.carbonPriceScale().doubleValue(), inputs, named));
            }
            List<RunDto.Response> answers = new ArrayList<>();
            ExpansionSolver.Settings settings = new ExpansionSolver.Settings(limit, config.relativeGap());
            for (int i = 0; i < choices.size(); i++) {
                ScenarioRun run = newRun(scenario, choices.get(i), limit);
                store.save(run, leases.leaseSeconds());
                runner.start(run.id, problems.get(i), settings);
                started++;
                answers.add(RunDto.Response.from(run, null));
            }
            return answers;
        } finally {
            runner.release(choices.size() - started);
        }
    }

    public RunDto.Response get(UUID scenarioId, UUID runId) {
        ScenarioRun run = find(scenarioId, runId);
        return RunDto.Response.from(run, runner.elapsedMs(runId).orElse(null));
    }

    public PageResponse<RunDto.Summary> list(UUID scenarioId, PageQuery page) {
        scenarios.find(scenarioId);
        return PageResponse.of(runs.ofScenario(scenarioId), page, RunDto.Summary::from);
    }

    /** Stops an active run; refuses one that already ended. */
    public RunDto.Response cancel(UUID scenarioId, UUID runId) {
        find(scenarioId, runId);
        scope.requireWrite(scenarios.find(scenarioId).regionCode);
        if (!store.requestCancel(runId)) {
            throw new Conflict("run " + runId + " is " + store.read(runId).status
                    + "; only QUEUED or SOLVING runs can be cancelled");
        }
        runner.cancel(runId);
        return RunDto.Response.from(store.read(runId), runner.elapsedMs(runId).orElse(null));
    }

    public Multi<RunDto.Event> events(UUID scenarioId, UUID runId) {
        ScenarioRun run = find(scenarioId, runId);
        return events.stream(runId, new RunDto.Event(run.status.isActive() ? "status" : "end", runId, run.status,
                runner.elapsedMs(runId).orElse(run.elapsedMs), run.failureReason));
    }

    /** A run with its result, or 409 when it has none (yet). */
    public ScenarioRun withResult(UUID scenarioId, UUID runId) {
        ScenarioRun run = find(scenarioId, runId);
        if (run.result == null) {
            throw new Conflict("run " + runId + " is " + run.status + (run.status.isActive()
                    ? " and has no result yet; its report is available once it ends"
                    : " and has no result" + (run.failureReason == null ? "" : ": " + run.failureReason)));
        }
        return run;
    }

    /**
     * Scenarios side by side (each one's newest run with a result) or runs side by side; the first
     * is the base of the deltas (the resource checks that exactly one list is given, and its size).
     * RuleBroken when a scenario has no result yet or a run has none.
     */
    public ScenarioComparison compare(List<UUID> scenarioIds, List<UUID> runIds) {
        boolean byScenario = scenarioIds != null && !scenarioIds.isEmpty();
        List<UUID> ids = byScenario ? scenarioIds : runIds;
        List<ScenarioRun> compared = new ArrayList<>();
        for (UUID id : ids) {
            ScenarioRun run = byScenario
                    ? runs.latestWithResult(scenarios.find(id).id).orElseThrow(() -> new RuleBroken("ids",
                            "scenario " + id + " has no run with a result yet; start one with POST /api/v1/scenarios/" + id + "/runs"))
                    : runs.findByIdOptional(id).orElseThrow(() -> new NotFound("scenario run", id));
            if (run.result == null) {
                throw new RuleBroken("runs", "run " + id + " is " + run.status + " and has no result");
            }
            compared.add(run);
        }
        return ScenarioComparison.of(compared);
    }

    public ScenarioRun find(UUID scenarioId, UUID runId) {
        ScenarioRun run = runs.findByIdOptional(runId).orElseThrow(() -> new NotFound("scenario run", runId));
        if (!run.scenarioId.equals(scenarioId)) {
            throw new NotFound("scenario run", runId);
        }
        return run;
    }

    private static String defaultVariant(Scenario s) {
        if (s.definition.defaultVariant() != null) {
            return s.definition.defaultVariant();
        }
        return s.definition.demand().stream().filter(l -> l.variants() != null && !l.variants().isEmpty())
                .map(l -> l.variants().containsKey("mid") ? "mid" : l.variants().keySet().iterator().next()).findFirst()
                .orElse("constant");
    }

    private static void requireVariant(Scenario s, String variant) {
        for (ScenarioDto.DemandLine line : s.definition.demand()) {
            if (line.variants() != null && !line.variants().isEmpty() && !line.variants().containsKey(variant)) {
                throw new RuleBroken("variant", "demand line '" + line.name() + "' has no variant '"
                        + variant + "'; it has " + new java.util.TreeSet<>(line.variants().keySet()));
            }
        }
    }

    private Map<UUID, Workload> workloadsOf(Scenario s) {
        Map<UUID, Workload> found = new HashMap<>();
        for (ScenarioDto.DemandLine line : s.definition.demand()) {
            if (line.workloadId() != null && !found.containsKey(line.workloadId())) {
                Workload w = workloads.findByIdOptional(line.workloadId()).orElseThrow(() -> new RuleBroken(
                        "definition.demand", "demand line '" + line.name() + "' names workload " + line.workloadId()
                                + ", which no longer exists"));
                found.put(w.id, w);
            }
        }
        return found;
    }

    private static Set<String> userRegions(Scenario s, Map<UUID, Workload> named) {
        Set<String> regions = new LinkedHashSet<>();
        named.values().stream().map(w -> w.userRegionCode).filter(java.util.Objects::nonNull).forEach(regions::add);
        s.definition.demand().stream().filter(l -> l.workload() != null && l.workload().userRegionCode() != null)
                .forEach(l -> regions.add(l.workload().userRegionCode()));
        return regions;
    }

    private ScenarioRun newRun(Scenario s, Choice c, int limit) {
        ScenarioRun run = new ScenarioRun();
        run.id = UUID.randomUUID();
        run.scenarioId = s.id;
        run.scenarioVersion = s.version;
        run.variant = c.variant();
        run.carbonPriceScale = c.carbonPriceScale();
        run.label = s.name + " (" + c.variant()
                + (c.carbonPriceScale().compareTo(BigDecimal.ONE) == 0 ? "" : ", carbon x" + c.carbonPriceScale().toPlainString())
                + ")";
        run.status = RunStatus.QUEUED;
        run.timeLimitSeconds = limit;
        run.createdBy = identity.getPrincipal().getName();
        run.createdAt = Instant.now();
        run.owner = leases.owner();
        return run;
    }
}
