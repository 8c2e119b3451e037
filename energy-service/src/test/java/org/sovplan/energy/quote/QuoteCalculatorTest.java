package org.sovplan.energy.quote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.sovplan.energy.quote.QuoteCalculator.Best;
import org.sovplan.energy.quote.QuoteCalculator.Objective;
import org.sovplan.energy.quote.QuoteCalculator.Totals;

/** The quote arithmetic against numbers worked out by hand. */
class QuoteCalculatorTest {

    private static final double EXACT = 1e-9;

    static double[] flat(double mw, int hours) {
        double[] load = new double[hours];
        Arrays.fill(load, mw);
        return load;
    }

    @Test
    void unitFormulas() {
        assertEquals(240.0, QuoteCalculator.energyMwh(10, 24), EXACT); // 10 MW × 24 h
        assertEquals(36_000.0, QuoteCalculator.costUsd(240, 150), EXACT); // 240 MWh × 150 USD/MWh
        // 240 MWh = 240,000 kWh; × 70 g/kWh = 16,800,000 g = 16.8 t
        assertEquals(16.8, QuoteCalculator.emissionsTCo2e(240, 70), EXACT);
        assertEquals(6.0, QuoteCalculator.gridMw(10, 4), EXACT);
        assertEquals(0.0, QuoteCalculator.gridMw(3, 4), EXACT);
    }

    @Test
    void runOverShapedFigures() {
        // 2 MW for 3 h from offset 1 of carbon [9, 100, 200, 300, 9] and price [1, 10, 20, 30, 1]:
        // MWh 6; cost 2×(10+20+30) = 120; tCO2e 2×(100+200+300)/1000 = 1.2.
        double[] carbon = { 9, 100, 200, 300, 9 };
        double[] price = { 1, 10, 20, 30, 1 };
        Totals totals = QuoteCalculator.run(flat(2, 3), 0, carbon, price, 1);
        assertEquals(6.0, totals.energyMwh(), EXACT);
        assertEquals(6.0, totals.gridMwh(), EXACT);
        assertEquals(0.0, totals.onsiteMwh(), EXACT);
        assertEquals(120.0, totals.costUsd(), EXACT);
        assertEquals(1.2, totals.emissionsTCo2e(), EXACT);
    }

    @Test
    void onsiteRenewablesNetTheLoadAtZeroCarbonAndCost() {
        // Load [5, 3, 1] MW, 2 MW on site: grid [3, 1, 0] MW = 4 MWh; on site 2 + 2 + 1 = 5 MWh.
        // At 100 USD/MWh and 500 g/kWh: 400 USD, 4 × 500 / 1000 = 2 t.
        Totals totals = QuoteCalculator.run(new double[] { 5, 3, 1 }, 2, flat(500, 3), flat(100, 3), 0);
        assertEquals(9.0, totals.energyMwh(), EXACT);
        assertEquals(4.0, totals.gridMwh(), EXACT);
        assertEquals(5.0, totals.onsiteMwh(), EXACT);
        assertEquals(400.0, totals.costUsd(), EXACT);
        assertEquals(2.0, totals.emissionsTCo2e(), EXACT);
    }

    @Test
    void bestStartByCarbonAndByCostDiffer() {
        // Cleanest hours are 4-5 (solar), cheapest are 1-2 (night tariff).
        double[] carbon = { 500, 500, 500, 500, 100, 100, 500, 500 };
        double[] price = { 100, 20, 20, 100, 100, 100, 100, 100 };
        Best clean = QuoteCalculator.best(flat(1, 2), 0, carbon, price, Objective.CARBON);
        assertEquals(4, clean.offset());
        assertEquals(0.2, clean.totals().emissionsTCo2e(), EXACT); // 1 MWh × 100 g/kWh × 2 / 1000
        assertEquals(200.0, clean.totals().costUsd(), EXACT);
        Best cheap = QuoteCalculator.best(flat(1, 2), 0, carbon, price, Objective.COST);
        assertEquals(1, cheap.offset());
        assertEquals(40.0, cheap.totals().costUsd(), EXACT);
        assertEquals(1.0, cheap.totals().emissionsTCo2e(), EXACT);
    }

    @Test
    void tiesGoToTheOtherObjectiveThenToTheEarliestStart() {
        double[] carbon = { 300, 100, 300, 100, 300, 100 };
        double[] price = { 50, 80, 50, 60, 50, 60 };
        // Hours 1, 3 and 5 are equally clean; 3 and 5 are cheaper than 1; 3 is earlier than 5.
        assertEquals(3, QuoteCalculator.best(flat(1, 1), 0, carbon, price, Objective.CARBON).offset());
        // Hours 0, 2 and 4 are equally cheap and equally dirty: the earliest wins.
        assertEquals(0, QuoteCalculator.best(flat(1, 1), 0, carbon, price, Objective.COST).offset());
    }

    @Test
    void shapedLoadIsSearchedHourByHour() {
        // Load [1, 5] MW: its 5 MW hour should land on the one cheap hour (index 3), so start at 2.
        double[] price = { 100, 100, 100, 10, 100 };
        Best best = QuoteCalculator.best(new double[] { 1, 5 }, 0, flat(1, 5), price, Objective.COST);
        assertEquals(2, best.offset());
        assertEquals(1 * 100 + 5 * 10, best.totals().costUsd(), EXACT);
    }

    @Test
    void onsiteRenewablesShapeTheSearchToo() {
        // Load [3, 1] MW with 1 MW on site draws [2, 0] from the grid: only the first hour matters.
        double[] carbon = { 400, 50, 400, 400 };
        Best best = QuoteCalculator.best(new double[] { 3, 1 }, 1, carbon, flat(10, 4), Objective.CARBON);
        assertEquals(1, best.offset());
        assertEquals(2 * 50 / 1000.0, best.totals().emissionsTCo2e(), EXACT);
    }

    @Test
    void figuresShorterThanTheLoadAreRefused() {
        assertThrows(IllegalArgumentException.class,
                () -> QuoteCalculator.best(flat(1, 5), 0, flat(1, 4), flat(1, 4), Objective.COST));
    }
}
