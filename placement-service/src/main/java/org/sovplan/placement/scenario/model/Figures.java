package org.sovplan.placement.scenario.model;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Numbers for people: solver values carry float noise (2.9999999997), so a value is first settled
 * to 6 decimals, then cut (never rounded up) to the precision it is shown with.
 */
public final class Figures {

    private Figures() {
    }

    /** The value cut to {@code scale} decimals. */
    public static BigDecimal down(double value, int scale) {
        return BigDecimal.valueOf(value).setScale(6, RoundingMode.HALF_EVEN).setScale(scale, RoundingMode.DOWN);
    }

    /** Whole dollars, cut. */
    public static long usd(double value) {
        return down(value, 0).longValueExact();
    }

    /** MW to 0.1 kW. */
    public static BigDecimal mw(double value) {
        return down(value, 4);
    }

    /** Whole units of something counted (GPUs). */
    public static long count(double value) {
        return down(value, 0).longValueExact();
    }
}
