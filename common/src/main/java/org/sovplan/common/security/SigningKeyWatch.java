package org.sovplan.common.security;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;

/**
 * Reads the realm's key set (JWKS, found through the OIDC discovery document of
 * {@code quarkus.oidc.auth-server-url}) every {@link SigningKeyConfig#recheckInterval()} and tells
 * {@link SigningKeys} which keys it publishes. One GET every interval, whatever the traffic: a flood of
 * tokens cannot make the service hammer the identity provider. While the provider is unreachable nothing
 * changes (the last key set read stays in force).
 */
@ApplicationScoped
public class SigningKeyWatch {

    private static final Logger LOG = Logger.getLogger(SigningKeyWatch.class);
    private static final Duration HTTP_TIMEOUT = Duration.ofSeconds(5);

    private final SigningKeyConfig config;
    private final Optional<String> authServerUrl;
    private final ObjectMapper json;
    private final SigningKeys keys = new SigningKeys();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(HTTP_TIMEOUT).build();
    private ScheduledExecutorService timer;
    private volatile URI jwksUri;
    private volatile boolean unreachableLogged;

    public SigningKeyWatch(SigningKeyConfig config,
            @ConfigProperty(name = "quarkus.oidc.auth-server-url") Optional<String> authServerUrl, ObjectMapper json) {
        this.config = config;
        this.authServerUrl = authServerUrl;
        this.json = json;
    }

    void start(@Observes StartupEvent event) {
        if (!config.enabled() || authServerUrl.isEmpty()) {
            return;
        }
        timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "signing-key-watch");
            thread.setDaemon(true);
            return thread;
        });
        long period = Math.max(1, config.recheckInterval().toMillis());
        timer.scheduleWithFixedDelay(this::recheck, 0, period, TimeUnit.MILLISECONDS);
    }

    void stop(@Observes ShutdownEvent event) {
        if (timer != null) {
            timer.shutdownNow();
        }
    }

    /** The bookkeeping the watch feeds. */
    public SigningKeys keys() {
        return keys;
    }

    void recheck() {
        try {
            if (jwksUri == null) {
                String base = authServerUrl.orElseThrow().replaceAll("/+$", "");
                jwksUri = URI.create(read(URI.create(base + "/.well-known/openid-configuration"))
                        .path("jwks_uri").asText());
            }
            List<String> kids = new ArrayList<>();
            read(jwksUri).path("keys").forEach(key -> {
                if (key.hasNonNull("kid")) {
                    kids.add(key.get("kid").asText());
                }
            });
            keys.published(kids);
            unreachableLogged = false;
        } catch (IOException | RuntimeException e) {
            if (!unreachableLogged) {
                LOG.warnf("Cannot read the identity provider's signing keys (%s); the last key set read stays in force",
                        e.getMessage());
                unreachableLogged = true;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private JsonNode read(URI uri) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri).timeout(HTTP_TIMEOUT).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IOException(uri + " answered HTTP " + response.statusCode());
        }
        return json.readTree(response.body());
    }
}
