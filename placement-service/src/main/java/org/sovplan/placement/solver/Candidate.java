package org.sovplan.placement.solver;

/**
 * One precomputed option of one workload: its size and cost on one pool. The soft penalties
 * are USD-equivalent per year, already multiplied by the plan's weights.
 *
 * @param latencyMs modelled round trip from the users' region, null when the workload has no users' region
 */
public record Candidate(Pool pool, int gpus, long itKw, long gridKw, Double latencyMs, double energyMwhPerYear,
        double costUsdPerYear, double tco2ePerYear, long costPenalty, long carbonPenalty, long latencyPenalty,
        long sovereigntyPenalty) {

    /** The sum of the soft penalties, the order in which candidates are tried. */
    public long softPenalty() {
        return costPenalty + carbonPenalty + latencyPenalty + sovereigntyPenalty;
    }
}
