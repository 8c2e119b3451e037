package org.sovplan.energy.quote;

/**
 * The arithmetic of energy quotes, on hourly steps, free of I/O so that it can be checked by hand.
 *
 * <ul>
 * <li>Energy: {@code MWh = MW × h} (definition of the watt-hour).</li>
 * <li>Cost: {@code USD = MWh × USD/MWh}.</li>
 * <li>Emissions: {@code tCO2e = MWh × gCO2e/kWh / 1000}, because 1 MWh = 1000 kWh and
 * 1 t = 1e6 g: {@code MWh × 1000 kWh/MWh × g/kWh / 1e6 g/t}.</li>
 * <li>On-site renewables: {@code gridMw = max(0, loadMw − onsiteRenewableMw)}; the on-site MW is
 * taken as firm output at zero carbon and zero marginal cost (a documented simplification: it
 * ignores the variability and the lifecycle emissions of the on-site plant).</li>
 * </ul>
 */
public final class QuoteCalculator {

    /** Relative tolerance under which two totals count as equal when choosing the best start. */
    static final double TIE = 1e-9;

    private QuoteCalculator() {
    }

    /** {@code MWh = MW × h}. */
    public static double energyMwh(double mw, double hours) {
        return mw * hours;
    }

    /** {@code USD = MWh × USD/MWh}. */
    public static double costUsd(double mwh, double priceUsdPerMwh) {
        return mwh * priceUsdPerMwh;
    }

    /** {@code tCO2e = MWh × gCO2e/kWh / 1000} (1 MWh = 1000 kWh, 1 t = 1e6 g). */
    public static double emissionsTCo2e(double mwh, double carbonGPerKwh) {
        return mwh * carbonGPerKwh / 1000;
    }

    /** MW drawn from the grid: the load less the firm on-site renewable output, never below zero. */
    public static double gridMw(double loadMw, double onsiteRenewableMw) {
        return Math.max(0, loadMw - onsiteRenewableMw);
    }

    /** Sums of one run of a load. */
    public record Totals(double energyMwh, double onsiteMwh, double gridMwh, double costUsd, double emissionsTCo2e) {
    }

    /** What a best start is chosen for. */
    public enum Objective {
        CARBON, COST
    }

    /** The chosen start, as an hour offset into the figures, and the totals of running there. */
    public record Best(int offset, Totals totals) {
    }

    /**
     * Totals of running {@code loadMw[t]} (one value per hour) from hour {@code offset} of the
     * hourly figures: Σ over t of the energy, cost and emissions of hour t, each hour lasting 1 h.
     */
    public static Totals run(double[] loadMw, double onsiteRenewableMw, double[] carbonGPerKwh,
            double[] priceUsdPerMwh, int offset) {
        double energy = 0;
        double grid = 0;
        double cost = 0;
        double emissions = 0;
        for (int t = 0; t < loadMw.length; t++) {
            double gridMwh = energyMwh(gridMw(loadMw[t], onsiteRenewableMw), 1);
            energy += energyMwh(loadMw[t], 1);
            grid += gridMwh;
            cost += costUsd(gridMwh, priceUsdPerMwh[offset + t]);
            emissions += emissionsTCo2e(gridMwh, carbonGPerKwh[offset + t]);
        }
        return new Totals(energy, energy - grid, grid, cost, emissions);
    }

    /**
     * The start offset in {@code [0, figures − loadMw.length]} that minimises the objective; ties
     * go to the other objective, then to the earliest start. A flat grid draw is searched with
     * prefix sums in O(n); a shaped one by direct sums in O(n × length).
     */
    public static Best best(double[] loadMw, double onsiteRenewableMw, double[] carbonGPerKwh,
            double[] priceUsdPerMwh, Objective objective) {
        int span = loadMw.length;
        int last = carbonGPerKwh.length - span;
        if (span == 0 || last < 0) {
            throw new IllegalArgumentException("the figures must cover the load at least once");
        }
        double[] grid = new double[span];
        boolean flat = true;
        for (int t = 0; t < span; t++) {
            grid[t] = gridMw(loadMw[t], onsiteRenewableMw);
            flat &= grid[t] == grid[0];
        }
        double[] carbonSums = flat ? prefixSums(carbonGPerKwh) : null;
        double[] priceSums = flat ? prefixSums(priceUsdPerMwh) : null;
        int bestOffset = -1;
        double bestPrimary = 0;
        double bestSecondary = 0;
        for (int offset = 0; offset <= last; offset++) {
            double cost;
            double emissions;
            if (flat) {
                cost = costUsd(grid[0], priceSums[offset + span] - priceSums[offset]);
                emissions = emissionsTCo2e(grid[0], carbonSums[offset + span] - carbonSums[offset]);
            } else {
                Totals totals = run(loadMw, onsiteRenewableMw, carbonGPerKwh, priceUsdPerMwh, offset);
                cost = totals.costUsd();
                emissions = totals.emissionsTCo2e();
            }
            double primary = objective == Objective.CARBON ? emissions : cost;
            double secondary = objective == Objective.CARBON ? cost : emissions;
            if (bestOffset < 0 || less(primary, bestPrimary)
                    || (!less(bestPrimary, primary) && less(secondary, bestSecondary))) {
                bestOffset = offset;
                bestPrimary = primary;
                bestSecondary = secondary;
            }
        }
        return new Best(bestOffset, run(loadMw, onsiteRenewableMw, carbonGPerKwh, priceUsdPerMwh, bestOffset));
    }

    /** a < b by more than the tie tolerance. */
    static boolean less(double a, double b) {
        return a < b - TIE * Math.max(1, Math.abs(b));
    }

    private static double[] prefixSums(double[] values) {
        double[] sums = new double[values.length + 1];
        for (int i = 0; i < values.length; i++) {
            sums[i + 1] = sums[i] + values[i];
        }
        return sums;
    }
}
