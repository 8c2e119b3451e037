package org.sovplan.placement.solver;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import ai.timefold.solver.core.api.domain.entity.PlanningEntity;
import ai.timefold.solver.core.api.domain.entity.PlanningPin;
import ai.timefold.solver.core.api.domain.lookup.PlanningId;
import ai.timefold.solver.core.api.domain.valuerange.ValueRangeProvider;
import ai.timefold.solver.core.api.domain.variable.PlanningVariable;

/**
 * Where one workload runs: a pool of its candidates, or none (unplaced). The candidates are the
 * pools that pass every static rule (sovereignty, jurisdiction, model, latency, date, carbon);
 * the constraints check those rules again, and capacity, power and grid headroom across workloads.
 */
@PlanningEntity(difficultyComparatorClass = PlacementDifficulty.class)
public class Placement {

    @PlanningId
    private UUID workloadId;
    private String name;
    private int priority;
    private int minSovereigntyLevel;
    private Set<String> allowedJurisdictions;
    private Set<String> allowedModels;
    private Double maxLatencyMs;
    private Double maxCarbonGPerKwh;
    private LocalDate neededBy;
    private Map<Pool, Candidate> candidates;
    private List<Pool> candidatePools;

    /** A workload without candidates stays unplaced; pinning keeps the solver from trying. */
    @PlanningPin
    private boolean pinned;

    @PlanningVariable(allowsUnassigned = true, valueRangeProviderRefs = "candidatePools")
    private Pool pool;

    public Placement() {
    }

    public Placement(UUID workloadId, String name, int priority, int minSovereigntyLevel,
            Set<String> allowedJurisdictions, Set<String> allowedModels, Double maxLatencyMs, Double maxCarbonGPerKwh,
            LocalDate neededBy, List<Candidate> candidates) {
        this.workloadId = workloadId;
        this.name = name;
        this.priority = priority;
        this.minSovereigntyLevel = minSovereigntyLevel;
        this.allowedJurisdictions = Set.copyOf(allowedJurisdictions);
        this.allowedModels = Set.copyOf(allowedModels);
        this.maxLatencyMs = maxLatencyMs;
        this.maxCarbonGPerKwh = maxCarbonGPerKwh;
        this.neededBy = neededBy;
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

    public long itKw() {
        return candidate().itKw();
    }

    public long gridKw() {
        return candidate().gridKw();
    }

    /** GPUs of the cheapest option, for ordering the construction heuristic. */
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

    public int getMinSovereigntyLevel() {
        return minSovereigntyLevel;
    }

    public Set<String> getAllowedJurisdictions() {
        return allowedJurisdictions;
    }

    public Set<String> getAllowedModels() {
        return allowedModels;
    }

    public Double getMaxLatencyMs() {
        return maxLatencyMs;
    }

    public Double getMaxCarbonGPerKwh() {
        return maxCarbonGPerKwh;
    }

    public LocalDate getNeededBy() {
        return neededBy;
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
