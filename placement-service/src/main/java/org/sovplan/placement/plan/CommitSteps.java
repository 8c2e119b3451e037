package org.sovplan.placement.plan;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.UUID;

import org.sovplan.placement.client.CapacityViews.ReservationRequest;
import org.sovplan.placement.plan.PlanCommitStep.Kind;
import org.sovplan.placement.plan.PlanCommitStep.State;
import org.sovplan.placement.result.PlanResult;

/**
 * The steps of a commit and their names in capacity-service. This is the one place that reads a
 * plan's assignment to reserve it. Keys carry the plan, the commit's saga id and the workload, and
 * nothing that changes between retries; references name plan and workload, so compensation can
 * find what a call left behind in capacity-service even when its answer was lost.
 */
final class CommitSteps {

    /** Power is reserved to the watt: 6 decimals of MW. */
    static final int MW_SCALE = 6;

    private CommitSteps() {
    }

    /** Reserve an assignment's GPUs and the exact IT power they draw. */
    static PlanCommitStep reserve(PlanCommit commit, int seq, PlanResult.Assignment a) {
        PlanCommitStep s = step(commit, seq, Kind.RESERVE, a.workloadId());
        s.siteId = a.siteId();
        s.modelCode = a.acceleratorModel();
        s.gpus = a.gpus();
        s.itMw = exactMw(a.itMw());
        s.reference = reference(commit.planId, a.workloadId());
        s.idempotencyKey = "plan-" + commit.planId + "-" + commit.sagaId + "-workload-" + a.workloadId();
        return s;
    }

    /** Release the reservation a committed plan holds for a workload this plan moves. */
    static PlanCommitStep release(PlanCommit commit, int seq, PlanCommitStep held) {
        PlanCommitStep s = step(commit, seq, Kind.RELEASE, held.workloadId);
        s.siteId = held.siteId;
        s.modelCode = held.modelCode;
        s.gpus = held.gpus;
        s.itMw = held.itMw;
        s.reference = held.reference;
        // The key under which the old reservation is made again should this commit be undone.
        s.idempotencyKey = "plan-" + commit.planId + "-" + commit.sagaId + "-restore-" + held.workloadId;
        s.reservationId = held.reservationId;
        s.fromPlanId = held.commit.planId;
        s.fromStepId = held.id;
        return s;
    }

    /** The body that reserves (or, for a RELEASE step, restores) a step's capacity. */
    static ReservationRequest request(CommitLedger.Step s) {
        return new ReservationRequest(s.siteId(), s.modelCode(), s.gpus(), s.itMw(), s.reference());
    }

    static String reference(UUID planId, UUID workloadId) {
        return "plan/" + planId + "/workload/" + workloadId;
    }

    /**
     * MW as an exact decimal to the watt. The nearest watt, not the next one up: the plan's own
     * figure is exact already, and only its binary representation is rounded away here.
     */
    static BigDecimal exactMw(double mw) {
        return BigDecimal.valueOf(mw).setScale(MW_SCALE, RoundingMode.HALF_EVEN);
    }

    private static PlanCommitStep step(PlanCommit commit, int seq, Kind kind, UUID workloadId) {
        PlanCommitStep s = new PlanCommitStep();
        s.id = UUID.randomUUID();
        s.commit = commit;
        s.seq = seq;
        s.kind = kind;
        s.workloadId = workloadId;
        s.state = State.PENDING;
        return s;
    }
}
