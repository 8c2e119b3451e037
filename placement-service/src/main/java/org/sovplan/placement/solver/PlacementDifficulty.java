package org.sovplan.placement.solver;

import java.util.Comparator;

/**
 * Harder workloads first for the construction heuristic: higher priority, then more GPUs,
 * then fewer candidates (first-fit decreasing).
 */
public class PlacementDifficulty implements Comparator<Placement> {

    private static final Comparator<Placement> ORDER = Comparator.comparingInt(Placement::getPriority)
            .thenComparingInt(Placement::typicalGpus)
            .thenComparingInt((Placement p) -> -p.getCandidatePools().size())
            .thenComparing(Placement::getWorkloadId);

    @Override
    public int compare(Placement a, Placement b) {
        return ORDER.compare(a, b);
    }
}
