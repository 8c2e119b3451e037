package org.sovplan.placement.sizing;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Exact power and the precision of every published figure. Power is held in whole watts (a long),
 * so sums stay exact; kW and MW are presentation units. Published figures are decimals at a fixed
 * precision, rounded half-even, never up: kW and MWh to 3 decimals (the watt and the kWh), USD to
 * the dollar, tCO2e to 3 decimals (the kilogram), durations to 0.1 day, latency to 0.1 ms.
 */
public final class Units {

    /** Decimals of kW (to the watt) and of MWh (to the kWh). */
    public static final int KW_SCALE = 3;
    /** Decimals of tCO2e (to the kilogram). */
    public static final int TCO2E_SCALE = 3;

    private Units() {
    }

    /** IT power, W = GPUs × TDP × (1 + server overhead), to the watt. */
    public static long itWatts(int gpus, double tdpWatts, double serverOverhead) {
        return BigDecimal.valueOf(gpus).multiply(BigDecimal.valueOf(tdpWatts))
                .multiply(BigDecimal.ONE.add(BigDecimal.valueOf(serverOverhead)))
                .setScale(0, RoundingMode.HALF_EVEN).longValueExact();
    }

    /** Facility power drawn from the grid, W = IT W × PUE (The Green Grid, 2007), to the watt. */
    public static long gridWatts(long itWatts, double pue) {
        return BigDecimal.valueOf(itWatts).multiply(BigDecimal.valueOf(pue)).setScale(0, RoundingMode.HALF_EVEN)
                .longValueExact();
    }

    /** MW of capacity as whole watts, rounded down so that capacity is never over-stated. */
    public static long wattsOfMw(double mw) {
        return Math.max(0, BigDecimal.valueOf(mw).movePointRight(6).setScale(0, RoundingMode.FLOOR).longValue());
    }

    /** Watts as kW with 3 decimals: exact. */
    public static BigDecimal kw(long watts) {
        return BigDecimal.valueOf(watts, KW_SCALE);
    }

    /** Watts as MW with 6 decimals: exact. */
    public static BigDecimal mw(long watts) {
        return BigDecimal.valueOf(watts, 6);
    }

    /** Energy of a steady draw, MWh = W × hours / 1e6, to the kWh. */
    public static BigDecimal mwh(long watts, double hours) {
        return BigDecimal.valueOf(watts).multiply(BigDecimal.valueOf(hours)).movePointLeft(6)
                .setScale(KW_SCALE, RoundingMode.HALF_EVEN);
    }

    /** A value at a fixed number of decimals, half-even. */
    public static BigDecimal decimal(double value, int scale) {
        return BigDecimal.valueOf(value).setScale(scale, RoundingMode.HALF_EVEN);
    }

    /** Null-safe {@link #decimal(double, int)}. */
    public static BigDecimal decimal(Double value, int scale) {
        return value == null ? null : decimal(value.doubleValue(), scale);
    }

    /** Whole US dollars. */
    public static BigDecimal usd(double value) {
        return decimal(value, 0);
    }
}
