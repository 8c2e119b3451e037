package org.sovplan.placement.solver;

/**
 * One precomputed option of one workload: its size and cost on one pool. A finite workload
 * (training, fine-tuning) is costed per run, a continuous one (inference) per year; the soft
 * penalties are USD-equivalent on that basis, already multiplied by the plan's weights.
 *
 * @param itWatts IT power, whole watts
 * @param gridWatts power drawn from the grid (IT × PUE), whole watts
 * @param latencyMs modelled round trip from the users' region, null when the workload has no users' region
 * @param hours calendar hours the figures cover: the run's length (finite), or 8760 (a year, continuous)
 * @param energyMwh energy over those hours (continuous: at the inference load factor)
 * @param costUsd energy at the zone's price plus the accelerators' amortisation over those hours
 * @param tco2e carbon of that energy at the zone's intensity
 */
public record Candidate(Pool pool, int gpus, long itWatts, long gridWatts, Double latencyMs, boolean finite,
        double hours, double energyMwh, double costUsd, double tco2e, long costPenalty, long carbonPenalty,
        long latencyPenalty, long sovereigntyPenalty) {

    /** The sum of the soft penalties, the order in which candidates are tried. */
    public long softPenalty() {
        return costPenalty + carbonPenalty + latencyPenalty + sovereigntyPenalty;
    }
}
