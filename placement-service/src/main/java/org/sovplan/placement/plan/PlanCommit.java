package org.sovplan.placement.plan;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.DynamicUpdate;

/**
 * The commit of one plan, as a saga persisted step by step: its state, who asked for it, and its
 * steps in order. The saga id is part of every Idempotency-Key of the commit, so a retry of the
 * same commit sends the same keys; only a commit started again after an abort gets a new one.
 */
@Entity
@Table(name = "plan_commit")
@DynamicUpdate
public class PlanCommit {

    @Id
    @Column(name = "plan_id")
    public UUID planId;

    @Column(name = "saga_id", nullable = false)
    public UUID sagaId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public CommitState state;

    @Column(name = "requested_by", nullable = false)
    public String requestedBy;

    @Column(name = "started_at", nullable = false)
    public Instant startedAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Column(name = "committed_at")
    public Instant committedAt;

    @Column(name = "released_at")
    public Instant releasedAt;

    @Column(name = "released_by")
    public String releasedBy;

    public String failure;

    /** The replica working on this commit now (see {@link CommitLedger#acquire}). */
    @Column(length = 253)
    public String owner;

    @Column(name = "lease_until")
    public Instant leaseUntil;

    @OneToMany(mappedBy = "commit", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("seq")
    public List<PlanCommitStep> steps = new ArrayList<>();

    @Version
    public long version;
}
