package org.sovplan.system;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Test-data builders for request bodies; each call gives fresh names so that tests never collide. */
public final class Fixtures {

    private Fixtures() {
    }

    static String suffix() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    static Map<String, Object> region(String code, String name, String parent) {
        Map<String, Object> body = new HashMap<>(Map.of("code", code, "name", name));
        if (parent != null) {
            body.put("parentCode", parent);
        }
        return body;
    }

    /**
     * Kenya as the demo data has it (deploy/demo/capacity/regions.json): a test that creates the country before
     * the demo is loaded must not leave it without its population or position, which the loader would then keep.
     */
    public static Map<String, Object> kenya() {
        Map<String, Object> body = region("KE", "Kenya", null);
        body.put("population", 55_100_586);
        body.put("lat", 0.0236);
        body.put("lon", 37.9062);
        return body;
    }

    /** An operational SEAL-3 site in Kenya, with the given accelerators installed. */
    static Map<String, Object> site(String name, String regionCode, String zone, Map<String, Integer> pools) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", name);
        body.put("regionCode", regionCode);
        body.put("type", "SOVEREIGN_CLOUD");
        body.put("operator", "Test Operator");
        body.put("operatorHqCountry", "KE");
        body.put("jurisdiction", "KE");
        body.put("sovereigntyLevel", "SEAL-3");
        body.put("certifications", List.of("ISO27001"));
        body.put("status", "OPERATIONAL");
        body.put("availableFrom", "2025-01-01");
        body.put("itCapacityMw", 10.0);
        body.put("pue", 1.4);
        body.put("gridZoneCode", zone);
        body.put("lat", -1.29);
        body.put("lon", 36.82);
        body.put("tier", 3);
        body.put("pools", pools.entrySet().stream()
                .map(e -> Map.of("modelCode", e.getKey(), "installed", e.getValue())).toList());
        return body;
    }

    static Map<String, Object> gridZone(String code, String country) {
        Map<String, Object> body = new HashMap<>();
        body.put("code", code);
        body.put("name", "Test zone " + code);
        body.put("countryCode", country);
        body.put("carbonIntensityGPerKwh", 90.0);
        body.put("renewableSharePct", 85.0);
        body.put("priceUsdPerMwh", 120.0);
        body.put("headroomMw", 50.0);
        body.put("reliabilityOutageHoursPerYear", 20.0);
        body.put("source", "end-to-end test");
        body.put("year", 2024);
        body.put("estimated", true);
        return body;
    }
}
