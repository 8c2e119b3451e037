package org.sovplan.system;

import java.util.Map;

/**
 * What the generated-client flows plan against, made through the gateway before they run: a county with
 * coordinates (the users' region), a grid zone and an operational site whose accelerators only these
 * flows' workloads allow. Each flow deletes what it made itself; this is cleaned up by {@link #delete()}.
 */
final class ClientFlowSetup {

    /** Modules no other test installs, so the flows' workloads land on this site alone. */
    static final String MODEL = "NVIDIA_JETSON_AGX_ORIN_64GB";

    final String county;
    final String zone;
    final String siteId;
    private final Api api;

    private ClientFlowSetup(Api api, String county, String zone, String siteId) {
        this.api = api;
        this.county = county;
        this.zone = zone;
        this.siteId = siteId;
    }

    static ClientFlowSetup create(Api api) {
        String tag = Fixtures.suffix().substring(0, 4).toUpperCase().replaceAll("[^A-Z0-9]", "Q");
        String county = "KE-C" + (10 + (int) (Math.random() * 90));
        String zone = "KE-CLI" + tag;
        Map<String, Object> users = Fixtures.region(county, "Client flow users", "KE");
        users.put("lat", -1.29);
        users.put("lon", 36.82);
        api.as("ada").body(Fixtures.kenya()).post("/api/v1/regions");
        api.as("ada").body(users).post("/api/v1/regions");
        api.as("ada").body(Fixtures.gridZone(zone, "KE")).post("/api/v1/grid-zones").then().statusCode(201);
        String siteId = api.as("ada")
                .body(Fixtures.site("Client flow site " + tag, "KE", zone, Map.of(MODEL, 40)))
                .post("/api/v1/sites").then().statusCode(201).extract().path("id");
        return new ClientFlowSetup(api, county, zone, siteId);
    }

    /** Best effort: the site keeps the released reservations' history, which may keep it (409). */
    void delete() {
        api.as("ada").delete("/api/v1/sites/" + siteId);
        api.as("ada").delete("/api/v1/grid-zones/" + zone);
    }
}
