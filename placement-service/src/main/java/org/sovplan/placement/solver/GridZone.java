package org.sovplan.placement.solver;

/**
 * A grid zone as the solver sees it: the headroom new load may draw by the horizon date, and the
 * carbon and price of its electricity.
 *
 * @param headroomWatts grid headroom in whole watts (integer so that sums stay exact)
 * @param known whether energy-service knows the zone; a site in an unknown zone can host nothing
 */
public record GridZone(String code, long headroomWatts, double carbonGPerKwh, double priceUsdPerMwh, boolean known) {

    @Override
    public String toString() {
        return code;
    }
}
