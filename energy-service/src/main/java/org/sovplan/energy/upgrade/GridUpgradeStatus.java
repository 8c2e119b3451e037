package org.sovplan.energy.upgrade;

/** Life cycle of a grid upgrade; every status but CANCELLED adds headroom once its date has come. */
public enum GridUpgradeStatus {
    PLANNED, APPROVED, UNDER_CONSTRUCTION, ONLINE, CANCELLED
}
