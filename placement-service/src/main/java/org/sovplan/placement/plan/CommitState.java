package org.sovplan.placement.plan;

/**
 * Where a plan's commit is. COMMITTING, ABORTING and RELEASING are unfinished: a retry of the same
 * request, or the reconciler, carries them on from their persisted steps.
 */
public enum CommitState {
    /** Reservations are being made (and moved workloads' old ones released). */
    COMMITTING,
    /** A reservation was refused or the commit was abandoned: what was done is being undone. */
    ABORTING,
    /** Everything the commit did was undone; the plan may be committed again. */
    ABORTED,
    /** Every reservation is held. */
    COMMITTED,
    /** The plan's reservations are being released. */
    RELEASING,
    /** The plan's reservations were released. */
    RELEASED;

    public boolean isUnfinished() {
        return this == COMMITTING || this == ABORTING || this == RELEASING;
    }
}
