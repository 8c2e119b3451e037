package org.sovplan.energy.zone;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.hamcrest.Matchers.equalTo;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;

import org.junit.jupiter.api.Test;
import org.sovplan.energy.Fixtures;
import org.sovplan.testsupport.TestTokens;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/** No lost updates and no duplicates: of writers racing on one version or one code, exactly one wins, the others get 409. */
@QuarkusTest
class ConcurrentZoneUpdateTest {

    private static final int WRITERS = 4;
    private static final ObjectMapper JSON = new ObjectMapper();

    @TestHTTPResource("/api/v1/grid-zones/")
    URL zones;

    @Test
    void parallelUpdatesOfOneVersionLetExactlyOneWin() throws Exception {
        String code = Fixtures.createZone();
        List<Integer> statuses = race(i -> HttpRequest.newBuilder(URI.create(zones + code))
                .PUT(body(Fixtures.with(Fixtures.zone(code), "name", "writer " + i, "version", 0))));
        assertEquals(1, statuses.stream().filter(s -> s == 200).count(), "one winner: " + statuses);
        assertEquals(WRITERS - 1, statuses.stream().filter(s -> s == 409).count(), "the rest stale: " + statuses);
        given().auth().oauth2(TestTokens.viewer()).get("/api/v1/grid-zones/" + code)
                .then().statusCode(200).body("version", equalTo(1));
    }

    @Test
    void parallelCreationsOfOneCodeLetExactlyOneWin() throws Exception {
        String code = Fixtures.freshZone();
        List<Integer> statuses = race(i -> HttpRequest.newBuilder(URI.create(zones.toString()))
                .POST(body(Fixtures.with(Fixtures.zone(code), "name", "creator " + i))));
        assertEquals(1, statuses.stream().filter(s -> s == 201).count(), "one winner: " + statuses);
        assertEquals(WRITERS - 1, statuses.stream().filter(s -> s == 409).count(), "the rest conflict: " + statuses);
    }

    /** Sends WRITERS requests at once (released together by a latch) and answers their statuses. */
    private List<Integer> race(IntFunction<HttpRequest.Builder> request) throws Exception {
        String token = TestTokens.admin();
        HttpClient client = HttpClient.newHttpClient();
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(WRITERS);
        try {
            List<Future<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < WRITERS; i++) {
                HttpRequest built = request.apply(i).header("Authorization", "Bearer " + token)
                        .header("Content-Type", "application/json").build();
                answers.add(pool.submit(() -> {
                    go.await();
                    return client.send(built, HttpResponse.BodyHandlers.discarding()).statusCode();
                }));
            }
            go.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> answer : answers) {
                statuses.add(answer.get(60, TimeUnit.SECONDS));
            }
            return statuses;
        } finally {
            pool.shutdownNow();
        }
    }

    private static HttpRequest.BodyPublisher body(Object value) {
        try {
            return HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(value));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
