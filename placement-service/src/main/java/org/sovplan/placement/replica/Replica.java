package org.sovplan.placement.replica;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.sovplan.placement.config.PlacementConfig;

/**
 * This replica's name and lease settings, shared by the plans and the scenario runs it solves. The
 * name is the owner recorded on their rows; a restarted pod keeps it, so its leftovers are known.
 */
@ApplicationScoped
public class Replica {

    private static final int MAX_OWNER_LENGTH = 253;

    private final String owner;
    private final int leaseSeconds;
    private final int renewIntervalSeconds;

    public Replica(PlacementConfig config) {
        PlacementConfig.Replica replica = config.replica();
        this.owner = replica.id().filter(id -> !id.isBlank()).orElseGet(() -> UUID.randomUUID().toString());
        this.leaseSeconds = replica.leaseSeconds();
        this.renewIntervalSeconds = replica.renewIntervalSeconds();
        if (owner.length() > MAX_OWNER_LENGTH) {
            throw new IllegalStateException("sovplan.placement.replica.id must be at most " + MAX_OWNER_LENGTH
                    + " characters");
        }
        if (renewIntervalSeconds < 1 || leaseSeconds < 2 * renewIntervalSeconds) {
            throw new IllegalStateException("sovplan.placement.replica.lease-seconds (" + leaseSeconds
                    + ") must be at least twice renew-interval-seconds (" + renewIntervalSeconds + "), which is at least 1");
        }
    }

    /** The owner recorded on the plans and runs this replica accepts. */
    public String owner() {
        return owner;
    }

    public int leaseSeconds() {
        return leaseSeconds;
    }

    public int renewIntervalSeconds() {
        return renewIntervalSeconds;
    }
}
