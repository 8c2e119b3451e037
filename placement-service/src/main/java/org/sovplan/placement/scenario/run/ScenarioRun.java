package org.sovplan.placement.scenario.run;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.DynamicUpdate;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.sovplan.placement.scenario.model.ScenarioResult;

/**
 * One solve of a scenario: the variant and carbon price scale it solved, its progress and result.
 * Only changed columns are written ({@link DynamicUpdate}): lease columns are written by other statements.
 */
@Entity
@Table(name = "scenario_run")
@DynamicUpdate
public class ScenarioRun {

    @Id
    public UUID id;

    @Column(name = "scenario_id", nullable = false)
    public UUID scenarioId;

    /** The scenario's version when the run started. */
    @Column(name = "scenario_version", nullable = false)
    public long scenarioVersion;

    @Column(nullable = false)
    public String variant;

    @Column(name = "carbon_price_scale", nullable = false)
    public BigDecimal carbonPriceScale;

    /** How the run is named in comparisons, e.g. "Kenya 2026-2035 (high)". */
    @Column(nullable = false)
    public String label;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public RunStatus status;

    @Column(name = "time_limit_seconds", nullable = false)
    public int timeLimitSeconds;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(columnDefinition = "jsonb")
    public ScenarioResult result;

    @Column(name = "failure_reason")
    public String failureReason;

    @Column(name = "elapsed_ms")
    public Long elapsedMs;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "started_at")
    public Instant startedAt;

    @Column(name = "finished_at")
    public Instant finishedAt;

    /** The replica solving it. */
    @Column(nullable = false)
    public String owner;

    @Column(name = "lease_until")
    public Instant leaseUntil;

    @Column(name = "cancel_requested_at")
    public Instant cancelRequestedAt;

    @Version
    public long version;
}
