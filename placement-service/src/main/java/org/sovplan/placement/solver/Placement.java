package org.sovplan.placement.solver;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import ai.timefold.solver.core.api.domain.entity.PlanningEntity;
import ai.timefold.solver.core.api.domain.entity.PlanningPin;
import ai.timefold.solver.core.api.domain.lookup.PlanningId;
import ai.timefold.solver.core.api.domain.valuerange.ValueRangeProvider;
import ai.timefold.solver.core.api.domain.variable.PlanningVariable;

/**
 * Where one workload runs: a pool of its candidates, or none (unplaced). The candidates are the
 * pools that pass every static {@link PlacementRule}; the constraints check the same rules again,
 * and capacity, power and grid headroom across workloads.
 */
@PlanningEntity(comparatorFactoryClass = PlacementScarcity.class)
public class Placement {

    @PlanningId
    private UUID workloadId;
    private String name;
    private int priority;
    private WorkloadFacts facts;
    private Map<Pool, Candidate> candidates;
    private List<Pool> candidatePools;

    /** A workload without candidates stays unplaced; pinning keeps the solver from trying. */
    @PlanningPin
    private boolean pinned;

    @PlanningVariable(allowsUnassigned = true, valueRangeProviderRefs = "candidatePools")
    private Pool pool;

    public Placement() {
    }

    public Placement(UUID workloadId, String name, int priority, WorkloadFacts facts, List<Candidate> candidates) {
        this.workloadId = workloadId;
        this.name = name;
        this.priority = priority;
        this.facts = facts;
        this.candidates = new LinkedHashMap<>();
        candidates.forEach(c -> this.candidates.put(c.pool(), c));
        this.candidatePools = List.copyOf(this.candidates.keySet());
        this.pinned = this.candidatePools.isEmpty();
    }

    @ValueRangeProvider(id = "candidatePools")
    public List<Pool> getCandidatePools() {
        return candidatePools;
    }

    /** The chosen option, null when unplaced. */
    public Candidate candidate() {
        return pool == null ? null : candidates.get(pool);
    }

    public Candidate candidateAt(Pool p) {
        return candidates.get(p);
    }

    public int gpus() {
        return candidate().gpus();
    }

    public long itWatts() {
        return candidate().itWatts();
    }

    public long gridWatts() {
        return candidate().gridWatts();
    }

    /** Whether the chosen option breaks a static placement rule. */
    public boolean breaks(PlacementRule rule) {
        return rule.breaks(facts, pool, candidate().latencyMs());
    }

    /** GPUs of the cheapest option, the size a first-fit-decreasing baseline orders by. */
    public int typicalGpus() {
        return candidatePools.isEmpty() ? 0 : candidates.get(candidatePools.get(0)).gpus();
    }

    public Site site() {
        return pool.site();
    }

    public UUID getWorkloadId() {
        return workloadId;
    }

    public String getName() {
        return name;
    }

    public int getPriority() {
        return priority;
    }

    public WorkloadFacts facts() {
        return facts;
    }

    public boolean isPinned() {
        return pinned;
    }

    public Pool getPool() {
        return pool;
    }

    public void setPool(Pool pool) {
        this.pool = pool;
    }

    @Override
    public String toString() {
        return name;
    }
}
