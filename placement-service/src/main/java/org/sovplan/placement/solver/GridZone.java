package org.sovplan.placement.solver;

/**
 * A grid zone as the solver sees it: the headroom new load may draw by the horizon date, and the
 * carbon and price of its electricity.
 *
 * @param headroomKw grid headroom in kW (integer so that sums stay exact)
 */
public record GridZone(String code, long headroomKw, double carbonGPerKwh, double priceUsdPerMwh) {

    @Override
    public String toString() {
        return code;
    }
}
