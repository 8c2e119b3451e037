package org.sovplan.placement.problem;

/**
 * What running a workload somewhere draws, costs and emits, on its basis: one run of a finite
 * workload (training, fine-tuning), or one year of a continuous one (inference).
 *
 * @param gridWatts power drawn from the grid (IT × PUE), whole watts
 * @param finite true: per run; false: per year
 * @param hours calendar hours covered: the run's length, or 8760
 * @param energyMwh energy over those hours (inference at its load factor, a run at full draw)
 * @param energyCostUsd that energy at the zone's price (the operating cost)
 * @param hardwareUsd the accelerators' purchase price amortised over those hours
 * @param tco2e that energy at the zone's lifecycle carbon intensity
 */
public record OperatingFigures(long gridWatts, boolean finite, double hours, double energyMwh, double energyCostUsd,
        double hardwareUsd, double tco2e) {

    /** Energy plus amortised hardware. */
    public double costUsd() {
        return energyCostUsd + hardwareUsd;
    }
}
