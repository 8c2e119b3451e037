package org.sovplan.gateway.routing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.sovplan.testsupport.TestTokens;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * A plan's progress events stream through the gateway as the backend writes them: the first event
 * reaches the caller while the backend still holds the stream open, which a buffering proxy could not do.
 */
@QuarkusTest
class EventStreamTest {

    /** Only a guard against a hang if events were buffered; the test asserts order, not speed. */
    static final Duration HANG_GUARD = Duration.ofSeconds(20);

    @TestHTTPResource("/")
    URI gateway;

    @ConfigProperty(name = "sovplan.gateway.placement.url")
    URI placement;

    @Test
    void planEventsStreamThroughBeforeTheStreamEnds() throws Exception {
        String planId = UUID.randomUUID().toString();
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        HttpRequest subscribe = HttpRequest.newBuilder(gateway.resolve("/api/v1/plans/" + planId + "/events"))
                .header("Authorization", "Bearer " + TestTokens.viewer())
                .header("Accept", "text/event-stream")
                .GET().build();

        assertTimeoutPreemptively(HANG_GUARD, () -> {
            HttpResponse<InputStream> response = client.send(subscribe, HttpResponse.BodyHandlers.ofInputStream());
            assertEquals(200, response.statusCode());
            assertEquals("text/event-stream", response.headers().firstValue("Content-Type").orElse(""));
            try (BufferedReader events = new BufferedReader(
                    new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
                List<String> first = readEvent(events);
                assertEquals("event: progress", first.get(0));
                assertTrue(first.get(1).contains(planId));

                // Only now does the backend finish the stream.
                finishStream(client, planId);

                List<String> last = readEvent(events);
                assertEquals("event: completed", last.get(0));
                assertEquals(null, events.readLine(), "the stream ends when the backend ends it");
            }
        });
    }

    private void finishStream(HttpClient client, String planId) throws IOException, InterruptedException {
        HttpResponse<Void> finished = client.send(HttpRequest.newBuilder(placement.resolve("/control/finish/" + planId))
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.discarding());
        assertEquals(204, finished.statusCode(), "the backend had the stream open");
    }

    /** The lines of one server-sent event, up to the blank line that ends it. */
    private static List<String> readEvent(BufferedReader reader) throws IOException {
        List<String> lines = new ArrayList<>();
        for (String line = reader.readLine(); line != null && !line.isEmpty(); line = reader.readLine()) {
            lines.add(line);
        }
        return lines;
    }
}
