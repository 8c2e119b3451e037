package org.sovplan.placement.plan;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

import org.hibernate.annotations.DynamicUpdate;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.sovplan.placement.problem.Weights;
import org.sovplan.placement.result.PlanResult;
import org.sovplan.placement.workload.WorkloadType;

import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * A placement plan: its request, progress and result. The request, the result and the holdings
 * seen at creation are typed JSONB documents, read and written by Hibernate (no parsing by hand).
 * Updates write only the changed columns ({@link DynamicUpdate}): the lease columns are written
 * by other statements (renewals, cancel requests) and must never be overwritten with stale values.
 */
@Entity
@DynamicUpdate
// Jackson reaches the JSON documents' records by reflection, which a native image keeps only for
// registered classes; see docs/placement-service.md, "Native image".
@RegisterForReflection(targets = { PlanResult.class, PlanResult.Assignment.class, PlanResult.Unplaced.class,
        PlanResult.Blocker.class, PlanResult.Shortfall.class, PlanResult.InvestmentOption.class,
        PlanResult.Totals.class, PlanResult.ConstraintScore.class, PlanResult.LateStart.class,
        PlanResult.Assumption.class, PlanResult.Basis.class, PlanDto.CreateRequest.class,
        PlanDto.Selector.class, PlanDto.CommittedWorkloads.class, WorkloadType.class, Weights.class,
        PlanDto.Held.class })
public class Plan {

    @Id
    public UUID id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public PlanStatus status;

    /** The create request, with its defaults applied. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, columnDefinition = "jsonb")
    public PlanDto.CreateRequest request;

    /** Regions of the plan's workloads; a commit needs write scope on each. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "region_codes", columnDefinition = "text[]", nullable = false)
    public List<String> regionCodes = new ArrayList<>();

    @Column(name = "workload_count", nullable = false)
    public int workloadCount;

    @Column(name = "time_limit_seconds", nullable = false)
    public int timeLimitSeconds;

    @Column(name = "best_score")
    public String bestScore;

    @Column(name = "elapsed_ms")
    public Long elapsedMs;

    /** The result, once solving ended with a solution. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(columnDefinition = "jsonb")
    public PlanResult result;

    /** Workloads that held reservations of committed plans when this plan was made, pinned or moved. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(columnDefinition = "jsonb")
    public List<PlanDto.Held> held;

    @Column(name = "failure_reason")
    public String failureReason;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "started_at")
    public Instant startedAt;

    @Column(name = "finished_at")
    public Instant finishedAt;

    /** When the plan's commit made its last reservation; null unless committed now (see {@link PlanCommit}). */
    @Column(name = "committed_at")
    public Instant committedAt;

    /** The replica solving this plan (see {@code PlanLeases}). */
    @Column(length = 253)
    public String owner;

    /** Until when the owner vouches for this active plan; after that any replica fails it. */
    @Column(name = "lease_until")
    public Instant leaseUntil;

    /** When a cancel was asked for; the owner stops the plan at its next renewal. */
    @Column(name = "cancel_requested_at")
    public Instant cancelRequestedAt;

    @Version
    public long version;
}
