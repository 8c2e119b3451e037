package org.sovplan.placement.support;

import java.util.Map;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/** A WireMock on a dynamic port where the service expects capacity-service and energy-service. */
public class DependencyStubs implements QuarkusTestResourceLifecycleManager {

    private static WireMockServer server;

    /** The running WireMock; tests stub and verify on it and reset it after themselves. */
    public static WireMockServer server() {
        return server;
    }

    @Override
    public Map<String, String> start() {
        server = new WireMockServer(WireMockConfiguration.options().dynamicPort());
        server.start();
        return Map.of("quarkus.rest-client.capacity.url", server.baseUrl(),
                "quarkus.rest-client.energy.url", server.baseUrl());
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop();
        }
    }
}
