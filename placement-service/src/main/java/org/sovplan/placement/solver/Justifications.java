package org.sovplan.placement.solver;

import java.util.UUID;

import ai.timefold.solver.core.api.score.stream.ConstraintJustification;

/** Why a constraint matched, in terms a planner reads; carried by score analysis into plan results. */
public final class Justifications {

    private Justifications() {
    }

    /** Demand exceeds what a pool, site or zone has; units are GPUs or W. */
    public record Overrun(String resource, String key, long demand, long available, String unit)
            implements ConstraintJustification {
    }

    /** A workload placed where a static rule forbids it. */
    public record RuleBroken(UUID workloadId, String workload, String site, String rule)
            implements ConstraintJustification {
    }

    /** A workload left unplaced. */
    public record Unplaced(UUID workloadId, String workload, int priority) implements ConstraintJustification {
    }

    /** The yearly soft penalty of one placement. */
    public record Penalty(UUID workloadId, String workload, String site, long usdEquivalentPerYear)
            implements ConstraintJustification {
    }
}
