package org.sovplan.gateway.support;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.HashMap;
import java.util.Map;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.http.Fault;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.vertx.core.Vertx;

/**
 * The three services behind the gateway in tests, each on a dynamic port: capacity and placement are
 * real echoing HTTP servers ({@link EchoBackend}); energy is WireMock, for the failure modes (a slow
 * answer, a reset connection, an empty answer). With the init argument {@code down=<backend>} that
 * backend's URL points at a port nothing listens on.
 */
public class GatewayBackends implements QuarkusTestResourceLifecycleManager {

    /** Longer than the energy backend's test response timeout (500 ms). */
    public static final int SLOW_MILLIS = 3000;

    private String down = "";
    private Vertx vertx;
    private WireMockServer energy;

    @Override
    public void init(Map<String, String> initArgs) {
        down = initArgs.getOrDefault("down", "");
    }

    @Override
    public Map<String, String> start() {
        vertx = Vertx.vertx();
        energy = new WireMockServer(wireMockConfig().dynamicPort());
        energy.start();
        energy.stubFor(any(anyUrl()).atPriority(10).willReturn(okJson("{\"backend\":\"energy\"}")));
        energy.stubFor(get(urlPathEqualTo("/api/v1/grid-zones/slow"))
                .willReturn(okJson("{\"late\":true}").withFixedDelay(SLOW_MILLIS)));
        energy.stubFor(get(urlPathEqualTo("/api/v1/grid-zones/reset"))
                .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
        energy.stubFor(get(urlPathEqualTo("/api/v1/grid-zones/empty"))
                .willReturn(aResponse().withFault(Fault.EMPTY_RESPONSE)));
        try {
            Map<String, String> config = new HashMap<>();
            config.put("sovplan.gateway.capacity.url", url("capacity", EchoBackend.start(vertx, "capacity").url()));
            config.put("sovplan.gateway.energy.url", url("energy", energy.baseUrl()));
            config.put("sovplan.gateway.placement.url", url("placement", EchoBackend.start(vertx, "placement").url()));
            return config;
        } catch (Exception e) {
            throw new IllegalStateException("test backends did not start", e);
        }
    }

    private String url(String backend, String running) throws IOException {
        if (!backend.equals(down)) {
            return running;
        }
        try (ServerSocket socket = new ServerSocket(0)) {
            return "http://127.0.0.1:" + socket.getLocalPort(); // closed again: nothing listens there
        }
    }

    @Override
    public void stop() {
        if (energy != null) {
            energy.stop();
        }
        if (vertx != null) {
            vertx.close().toCompletionStage().toCompletableFuture().join();
        }
    }
}
