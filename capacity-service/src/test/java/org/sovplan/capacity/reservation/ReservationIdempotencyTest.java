package org.sovplan.capacity.reservation;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.sovplan.capacity.reservation.ReservationResourceTest.reservation;
import static org.sovplan.capacity.support.Api.as;
import static org.sovplan.capacity.support.Api.asReserver;
import static org.sovplan.capacity.support.Api.asViewer;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.sovplan.capacity.support.Parallel;
import org.sovplan.capacity.support.SiteBuilder;
import org.sovplan.testsupport.TestTokens;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

@QuarkusTest
class ReservationIdempotencyTest {

    @Test
    void theSameKeyAndBodyAnswerTheSameReservationOnce() {
        UUID site = SiteBuilder.site().pool("NVIDIA_H100_SXM", 100).create();
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = reservation(site, "NVIDIA_H100_SXM", 10);
        var first = asReserver().header("Idempotency-Key", key).body(body).post("/api/v1/reservations")
                .then().statusCode(201).extract();
        asReserver().header("Idempotency-Key", key).body(body).post("/api/v1/reservations")
                .then().statusCode(200)
                .header("Location", equalTo(first.header("Location")))
                .body("id", equalTo(first.path("id")))
                .body("createdAt", equalTo(first.path("createdAt")));
        asViewer().get("/api/v1/sites/" + site).then().body("pools[0].reserved", equalTo(10));
        // Without a key, the same body is a new reservation.
        asReserver().body(body).post("/api/v1/reservations").then().statusCode(201)
                .body("id", not(equalTo(first.path("id"))));
    }

    @Test
    void parallelRetriesWithOneKeyReserveOnce() throws Exception {
        UUID site = SiteBuilder.site().pool("NVIDIA_H100_SXM", 100).create();
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = reservation(site, "NVIDIA_H100_SXM", 10);
        List<Response> answers = Parallel.run(6, 6, i -> asReserver().header("Idempotency-Key", key).body(body)
                .post("/api/v1/reservations"));
        List<Integer> statuses = answers.stream().map(Response::statusCode).sorted().toList();
        assertThat(statuses, contains(200, 200, 200, 200, 200, 201));
        assertThat(answers.stream().map(a -> a.<String>path("id")).distinct().count(), equalTo(1L));
        asViewer().get("/api/v1/sites/" + site).then().body("pools[0].reserved", equalTo(10));
    }

    @Test
    void theSameKeyWithAnotherBodyIsRefused() {
        UUID site = SiteBuilder.site().pool("NVIDIA_H100_SXM", 100).create();
        String key = UUID.randomUUID().toString();
        asReserver().header("Idempotency-Key", key).body(reservation(site, "NVIDIA_H100_SXM", 10))
                .post("/api/v1/reservations").then().statusCode(201);
        asReserver().header("Idempotency-Key", key).body(reservation(site, "NVIDIA_H100_SXM", 11))
                .post("/api/v1/reservations").then().statusCode(422).contentType("application/problem+json")
                .body("type", containsString("idempotency-key-reused"))
                .body("errors[0].field", equalTo("Idempotency-Key"));
        asViewer().get("/api/v1/sites/" + site).then().body("pools[0].reserved", equalTo(10));
    }

    @Test
    void keysBelongToTheirCaller() {
        UUID site = SiteBuilder.site().pool("NVIDIA_H100_SXM", 100).create();
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = reservation(site, "NVIDIA_H100_SXM", 10);
        String first = asReserver().header("Idempotency-Key", key).body(body).post("/api/v1/reservations")
                .then().statusCode(201).extract().path("id");
        as(TestTokens.admin()).header("Idempotency-Key", key).body(body).post("/api/v1/reservations")
                .then().statusCode(201).body("id", not(equalTo(first)));
    }

    @Test
    void aReplayAfterReleaseAnswersTheReleasedReservation() {
        UUID site = SiteBuilder.site().pool("NVIDIA_L4", 4).create();
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = reservation(site, "NVIDIA_L4", 4);
        String id = asReserver().header("Idempotency-Key", key).body(body).post("/api/v1/reservations")
                .then().statusCode(201).extract().path("id");
        asReserver().delete("/api/v1/reservations/" + id).then().statusCode(204);
        asReserver().header("Idempotency-Key", key).body(body).post("/api/v1/reservations")
                .then().statusCode(200).body("id", equalTo(id)).body("status", equalTo("RELEASED"));
        asViewer().get("/api/v1/sites/" + site).then().body("pools[0].reserved", equalTo(0));
    }

    @Test
    void malformedKeysAre400() {
        UUID site = SiteBuilder.site().pool("NVIDIA_L4", 4).create();
        asReserver().header("Idempotency-Key", "x".repeat(201)).body(reservation(site, "NVIDIA_L4", 1))
                .post("/api/v1/reservations").then().statusCode(400)
                .body("errors[0].field", equalTo("Idempotency-Key"));
    }
}
