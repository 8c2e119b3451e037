package org.sovplan.placement.scenario.run;

/** Where a scenario run is in its life. QUEUED and SOLVING are active; the others are final. */
public enum RunStatus {
    QUEUED, SOLVING, COMPLETED, FAILED, CANCELLED;

    public boolean isActive() {
        return this == QUEUED || this == SOLVING;
    }
}
