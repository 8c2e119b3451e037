package org.sovplan.capacity.site;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.sovplan.capacity.support.Api.as;
import static org.sovplan.capacity.support.Api.asAdmin;
import static org.sovplan.capacity.support.Api.asViewer;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.sovplan.capacity.support.SiteBuilder;
import org.sovplan.testsupport.TestTokens;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;

/** POST /sites with Idempotency-Key: a retry answers the first answer, another body with the key is refused. */
@QuarkusTest
class SiteIdempotencyTest {

    @Test
    void aRetryWithTheSameKeyAndBodyAnswersTheSameSiteOnce() {
        String key = UUID.randomUUID().toString();
        SiteBuilder site = SiteBuilder.site();
        ExtractableResponse<Response> first = asAdmin().header("Idempotency-Key", key).body(site.body())
                .post("/api/v1/sites").then().statusCode(201).extract();
        ExtractableResponse<Response> again = asAdmin().header("Idempotency-Key", key).body(site.body())
                .post("/api/v1/sites").then().statusCode(201).header("Idempotent-Replayed", "true").extract();
        assertEquals(first.header("Location"), again.header("Location"));
        assertEquals(first.header("ETag"), again.header("ETag"));
        assertEquals(first.<String>path("id"), again.<String>path("id"));
        asViewer().queryParam("regionCode", site.regionCode()).queryParam("size", 500).get("/api/v1/sites").then()
                .body("items.findAll { it.name == '" + site.name() + "' }.size()", equalTo(1));
    }

    @Test
    void theSameKeyWithAnotherBodyIsRefusedWith422() {
        String key = UUID.randomUUID().toString();
        asAdmin().header("Idempotency-Key", key).body(SiteBuilder.site().body()).post("/api/v1/sites")
                .then().statusCode(201);
        SiteBuilder other = SiteBuilder.site();
        asAdmin().header("Idempotency-Key", key).body(other.body()).post("/api/v1/sites").then()
                .statusCode(422).contentType("application/problem+json")
                .body("errors[0].field", equalTo("Idempotency-Key"));
        asViewer().queryParam("size", 500).get("/api/v1/sites").then()
                .body("items.findAll { it.name == '" + other.name() + "' }.size()", equalTo(0));
    }

    @Test
    void aFailedRequestFreesItsKeyAndKeysBelongToTheirCaller() {
        String key = UUID.randomUUID().toString();
        SiteBuilder site = SiteBuilder.site();
        asAdmin().header("Idempotency-Key", key).body(site.set("pue", 0.5).body()).post("/api/v1/sites")
                .then().statusCode(400);
        asAdmin().header("Idempotency-Key", key).body(site.set("pue", 1.3).body()).post("/api/v1/sites")
                .then().statusCode(201);
        // Another administrator's request with the same key is a request of its own.
        String otherAdmin = TestTokens.user("second-admin").roles("admin").regions("*").sign();
        as(otherAdmin).header("Idempotency-Key", key).body(SiteBuilder.site().body()).post("/api/v1/sites")
                .then().statusCode(201).header("Idempotent-Replayed", org.hamcrest.Matchers.nullValue());
    }

    @Test
    void aKeyMustBePrintable() {
        asAdmin().header("Idempotency-Key", " ").body(SiteBuilder.site().body()).post("/api/v1/sites").then()
                .statusCode(400).body("detail", containsString("Idempotency-Key"));
    }
}
