package org.sovplan.capacity.reservation;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.startsWith;
import static org.sovplan.capacity.reservation.ReservationResourceTest.reservation;
import static org.sovplan.capacity.support.Api.asReserver;
import static org.sovplan.capacity.support.Api.asViewer;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.sovplan.capacity.support.Parallel;
import org.sovplan.capacity.support.SiteBuilder;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/** Concurrent reservations never over-allocate a pool or a site's IT MW. */
@QuarkusTest
class ReservationConcurrencyTest {

    private static final int REQUESTS = 40;
    private static final int THREADS = 20;

    @Test
    void fortyParallelReservationsForAPoolWithRoomForTenGetExactlyTen() throws Exception {
        UUID site = SiteBuilder.site().pool("NVIDIA_H100_SXM", 10).create();
        List<Response> answers = Parallel.run(REQUESTS, THREADS,
                i -> asReserver().body(reservation(site, "NVIDIA_H100_SXM", 1)).post("/api/v1/reservations"));

        assertOutcome(answers, 10);
        asViewer().get("/api/v1/sites/" + site).then()
                .body("pools[0].reserved", equalTo(10)).body("pools[0].available", equalTo(0))
                // 10 × 700 W × 1.5
                .body("reservedItMw", equalTo(0.0105f));
        asViewer().queryParam("siteId", site.toString()).queryParam("status", "ACTIVE").get("/api/v1/reservations")
                .then().body("total", equalTo(10));
    }

    @Test
    void fortyParallelReservationsForASiteWithPowerForTenGetExactlyTen() throws Exception {
        // The pool has room for all 40; the site's 0.1 MW for ten of 0.01 MW each.
        UUID site = SiteBuilder.site().itCapacityMw(0.1).pool("NVIDIA_L4", 40).create();
        List<Response> answers = Parallel.run(REQUESTS, THREADS, i -> {
            Map<String, Object> body = reservation(site, "NVIDIA_L4", 1);
            body.put("itMw", 0.01);
            return asReserver().body(body).post("/api/v1/reservations");
        });

        assertOutcome(answers, 10);
        asViewer().get("/api/v1/sites/" + site).then()
                .body("reservedItMw", equalTo(0.1f)).body("availableItMw", equalTo(0.0f))
                .body("pools[0].reserved", equalTo(10));
    }

    private static void assertOutcome(List<Response> answers, int winners) {
        List<Integer> statuses = answers.stream().map(Response::statusCode).toList();
        assertThat(statuses.stream().filter(s -> s == 201).count(), equalTo((long) winners));
        assertThat(statuses.stream().filter(s -> s == 409).count(), equalTo((long) (REQUESTS - winners)));
        List<String> refusals = answers.stream().filter(a -> a.statusCode() == 409).map(Response::contentType).toList();
        assertThat(refusals, everyItem(startsWith("application/problem+json")));
    }
}
