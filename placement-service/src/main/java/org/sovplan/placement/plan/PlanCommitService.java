package org.sovplan.placement.plan;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.sovplan.common.domain.Conflict;
import org.sovplan.common.security.RegionScope;
import org.sovplan.placement.replica.Replica;

import io.quarkus.security.ForbiddenException;
import io.quarkus.security.identity.SecurityIdentity;

/**
 * Commits and releases plans. A commit reserves each assignment's GPUs in capacity-service (and
 * releases the old reservations of workloads the plan moves) as a saga persisted step by step in
 * the {@link CommitLedger}, run by the {@link CommitSaga}. Asking again carries an unfinished
 * commit on with the same keys; a committed plan answers its reservations again. A refused
 * reservation undoes the commit (409); an outage keeps it for a retry (503), and a commit left
 * unfinished is undone by the {@link CommitReconciler}. The planner who asked for the commit, or an
 * admin, can release the plan; releasing is idempotent too.
 */
@ApplicationScoped
public class PlanCommitService {

    private final PlanService plans;
    private final CommitLedger ledger;
    private final CommitSaga saga;
    private final Replica replica;
    private final RegionScope scope;
    private final SecurityIdentity identity;

    public PlanCommitService(PlanService plans, CommitLedger ledger, CommitSaga saga, Replica replica,
            RegionScope scope, SecurityIdentity identity) {
        this.plans = plans;
        this.ledger = ledger;
        this.saga = saga;
        this.replica = replica;
        this.scope = scope;
        this.identity = identity;
    }

    public PlanDto.Commit commit(UUID id) {
        Plan plan = plans.find(id);
        plan.regionCodes.forEach(scope::requireWrite);
        String runner = runner();
        CommitLedger.Start start = ledger.beginCommit(id, identity.getPrincipal().getName(), runner);
        try {
            if (start.state().isUnfinished() && !start.acquired()) {
                throw new Conflict("plan " + id + " is being committed or released right now; try again shortly");
            }
            switch (start.state()) {
                case COMMITTING -> saga.forward(id, runner);
                case ABORTING -> {
                    saga.compensate(id, runner);
                    throw new Conflict("the commit of plan " + id + " was undone: " + failure(id) + "; commit again "
                            + "to start a new one");
                }
                case RELEASING, RELEASED -> throw new Conflict("plan " + id + " was committed and then released; run "
                        + "a new plan to place its workloads again");
                default -> {
                }
            }
            return view(id);
        } finally {
            ledger.unlease(id, runner);
        }
    }

    /**
     * Releases a committed plan's reservations; a plan whose commit is unfinished is undone
     * instead. Allowed to the planner who committed it and to admins, within their regions.
     */
    public PlanDto.Commit release(UUID id) {
        Plan plan = plans.find(id);
        plan.regionCodes.forEach(scope::requireWrite);
        String caller = identity.getPrincipal().getName();
        String committer = ledger.requester(id).orElse(null);
        if (committer != null && !committer.equals(caller) && !identity.hasRole("admin")) {
            throw new ForbiddenException("only " + committer + ", who committed plan " + id
                    + ", or an admin can release it");
        }
        String runner = runner();
        CommitLedger.Start start = ledger.beginRelease(id, caller, runner);
        try {
            switch (start.state()) {
                case RELEASING -> saga.release(id, runner);
                case ABORTING -> saga.compensate(id, runner);
                default -> {
                }
            }
            return view(id);
        } finally {
            ledger.unlease(id, runner);
        }
    }

    private PlanDto.Commit view(UUID id) {
        return ledger.view(id).orElseThrow();
    }

    private String failure(UUID id) {
        return ledger.view(id).map(PlanDto.Commit::failure).orElse("unknown");
    }

    /** Names this run of a saga: the replica, and a run of its own (two requests on one replica never share a lease). */
    private String runner() {
        return CommitReconciler.runner(replica.owner());
    }
}
