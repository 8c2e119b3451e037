package org.sovplan.placement.problem;

import org.sovplan.placement.config.PlacementConfig;
import org.sovplan.placement.problem.PlanningInputs.GeoPoint;

/**
 * Round-trip latency between the users' region and a site: RTT = 2 × d × route factor /
 * (fibre km per ms) + fixed overhead, with d the great-circle distance (haversine). Light in
 * fibre covers about 200 km per ms (refractive index ~1.47); real routes run ~1.5× the
 * great-circle distance. Defaults give 2 × 1000 km × 1.5 / 200 + 5 = 20 ms per 1,000 km.
 */
public class LatencyModel {

    /** Mean Earth radius, km (IUGG). */
    public static final double EARTH_RADIUS_KM = 6371.0;

    private final PlacementConfig.Latency config;

    public LatencyModel(PlacementConfig.Latency config) {
        this.config = config;
    }

    /** Modelled round trip, ms. */
    public double roundTripMs(GeoPoint users, double siteLat, double siteLon) {
        double km = distanceKm(users.lat(), users.lon(), siteLat, siteLon);
        return 2 * km * config.routeFactor() / config.fibreKmPerMs() + config.fixedOverheadMs();
    }

    /** Great-circle distance by the haversine formula (Sinnott 1984), km. */
    public static double distanceKm(double lat1, double lon1, double lat2, double lon2) {
        double dLat = Math.toRadians(lat2 - lat1);
        double dLon = Math.toRadians(lon2 - lon1);
        double a = Math.pow(Math.sin(dLat / 2), 2)
                + Math.cos(Math.toRadians(lat1)) * Math.cos(Math.toRadians(lat2)) * Math.pow(Math.sin(dLon / 2), 2);
        return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(a)));
    }
}
