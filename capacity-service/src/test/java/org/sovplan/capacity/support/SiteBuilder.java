package org.sovplan.capacity.support;

import static org.hamcrest.Matchers.equalTo;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A valid site request, changed only where a test cares: {@code SiteBuilder.site().pue(3.5).body()}.
 * Names are unique, so that tests never collide on the per-region name rule.
 */
public final class SiteBuilder {

    private final Map<String, Object> fields = new LinkedHashMap<>();
    private final List<Map<String, Object>> pools = new ArrayList<>();

    private SiteBuilder(String regionCode) {
        fields.put("name", "Test site " + UUID.randomUUID().toString().substring(0, 8));
        fields.put("regionCode", regionCode);
        fields.put("type", "COLOCATION");
        fields.put("operator", "Test Operator Ltd");
        fields.put("operatorHqCountry", "KE");
        fields.put("jurisdiction", "KE");
        fields.put("sovereigntyLevel", "SEAL-2");
        fields.put("certifications", List.of("ISO27001"));
        fields.put("status", "OPERATIONAL");
        fields.put("availableFrom", "2024-01-01");
        fields.put("itCapacityMw", 10.0);
        fields.put("pue", 1.5);
        fields.put("gridZoneCode", "KE");
        fields.put("lat", -1.29);
        fields.put("lon", 36.82);
        fields.put("tier", 3);
    }

    /** An operational colocation site in a fresh subdivision of the test country. */
    public static SiteBuilder site() {
        return new SiteBuilder(TestRegions.freshSubdivision());
    }

    /** An operational colocation site in the given, existing region. */
    public static SiteBuilder siteIn(String regionCode) {
        return new SiteBuilder(regionCode);
    }

    public SiteBuilder name(String name) {
        return set("name", name);
    }

    public SiteBuilder status(String status) {
        return set("status", status);
    }

    public SiteBuilder availableFrom(String date) {
        return set("availableFrom", date);
    }

    public SiteBuilder itCapacityMw(Object mw) {
        return set("itCapacityMw", mw);
    }

    public SiteBuilder pue(Object pue) {
        return set("pue", pue);
    }

    public SiteBuilder type(String type) {
        return set("type", type);
    }

    public SiteBuilder sovereigntyLevel(String level) {
        return set("sovereigntyLevel", level);
    }

    public SiteBuilder gridZoneCode(String zone) {
        return set("gridZoneCode", zone);
    }

    public SiteBuilder pool(String modelCode, int installed) {
        pools.add(Map.of("modelCode", modelCode, "installed", installed));
        return this;
    }

    /** Drops the pools, e.g. to update a site created with pools. */
    public SiteBuilder noPools() {
        pools.clear();
        return this;
    }

    public SiteBuilder set(String field, Object value) {
        fields.put(field, value);
        return this;
    }

    public SiteBuilder without(String field) {
        fields.remove(field);
        return this;
    }

    public String regionCode() {
        return (String) fields.get("regionCode");
    }

    public String name() {
        return (String) fields.get("name");
    }

    public Map<String, Object> body() {
        Map<String, Object> body = new LinkedHashMap<>(fields);
        if (!pools.isEmpty()) {
            body.put("pools", List.copyOf(pools));
        }
        return body;
    }

    /** Creates the site as the admin and answers its id. */
    public UUID create() {
        String id = Api.asAdmin().body(body()).post("/api/v1/sites")
                .then().statusCode(201).body("name", equalTo(name())).extract().path("id");
        return UUID.fromString(id);
    }
}
