package org.sovplan.placement.plan;

/** Where a plan is in its life. QUEUED and SOLVING are active; the others are final. */
public enum PlanStatus {
    QUEUED, SOLVING, COMPLETED, FAILED, CANCELLED;

    public boolean isActive() {
        return this == QUEUED || this == SOLVING;
    }
}
