package org.sovplan.placement.plan;

import java.math.BigDecimal;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/**
 * One step of a commit, written before its call to capacity-service: reserve an assignment's GPUs,
 * or release a moved workload's old reservation. Its reference ({@code plan/P/workload/W}) and
 * Idempotency-Key let compensation find what a call left behind even when no answer came back.
 */
@Entity
@Table(name = "plan_commit_step")
public class PlanCommitStep {

    /** What a step does. RELEASE steps come first: a moved workload may reuse the GPUs it frees. */
    public enum Kind {
        RELEASE, RESERVE
    }

    /** What a step has done so far. */
    public enum State {
        /** Written; its call may or may not have reached capacity-service. */
        PENDING,
        /** Capacity-service answered: reserved (RESERVE) or released (RELEASE). */
        DONE,
        /** Compensated: the reservation released again, or the released one restored. */
        UNDONE,
        /** A reservation of a committed plan that a later plan moved (released) when it committed. */
        MOVED,
        /** A reservation of a committed plan, released with the plan. */
        RELEASED,
        /** Released by a move that was then undone, and the capacity could not be reserved again. */
        LOST
    }

    @Id
    public UUID id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "plan_id")
    public PlanCommit commit;

    @Column(nullable = false)
    public int seq;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Kind kind;

    @Column(name = "workload_id", nullable = false)
    public UUID workloadId;

    @Column(name = "site_id", nullable = false)
    public UUID siteId;

    @Column(name = "model_code", nullable = false)
    public String modelCode;

    @Column(nullable = false)
    public int gpus;

    /** IT power, MW, exact to the watt (6 decimals). */
    @Column(name = "it_mw", nullable = false, precision = 12, scale = 6)
    public BigDecimal itMw;

    @Column(nullable = false)
    public String reference;

    @Column(name = "idempotency_key", nullable = false)
    public String idempotencyKey;

    /** RESERVE: the reservation made, once known. RELEASE: the reservation to release. */
    @Column(name = "reservation_id")
    public UUID reservationId;

    /** RELEASE: the committed plan, and its step, that held the reservation. */
    @Column(name = "from_plan_id")
    public UUID fromPlanId;

    @Column(name = "from_step_id")
    public UUID fromStepId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public State state;

    PlanDto.Reservation view() {
        return new PlanDto.Reservation(workloadId, reservationId, siteId, modelCode, gpus, itMw, idempotencyKey,
                state.name());
    }
}
