package org.sovplan.gateway.routing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.net.URL;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.sovplan.gateway.support.RawHttp;
import org.sovplan.testsupport.TestTokens;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.vertx.core.json.JsonObject;

/** Requests reach the service that owns their prefix, with the caller's token and the forwarding headers. */
@QuarkusTest
class ProxyRoutingTest {

    @TestHTTPResource("/")
    URL gateway;

    @Test
    void eachPrefixReachesItsService() {
        given().auth().oauth2(TestTokens.viewer()).get("/api/v1/regions/KE")
                .then().statusCode(200).body("backend", equalTo("capacity")).body("method", equalTo("GET"));
        given().auth().oauth2(TestTokens.viewer()).get("/api/v1/accelerator-models")
                .then().statusCode(200).body("backend", equalTo("capacity"));
        given().auth().oauth2(TestTokens.viewer()).get("/api/v1/grid-zones/KE")
                .then().statusCode(200).body("backend", equalTo("energy"));
        given().auth().oauth2(TestTokens.viewer()).get("/api/v1/plans")
                .then().statusCode(200).body("backend", equalTo("placement"));
    }

    @Test
    void pathQueryTokenAndForwardingHeadersArePassedOn() {
        String token = TestTokens.viewer();
        given().auth().oauth2(token).urlEncodingEnabled(false).header("X-Forwarded-For", "203.0.113.7")
                .get("/api/v1/sites?regionCode=KE&size=500&sort=name%2Casc")
                .then().statusCode(200)
                .body("uri", equalTo("/api/v1/sites?regionCode=KE&size=500&sort=name%2Casc"))
                .body("headers.authorization", equalTo("Bearer " + token))
                .body("headers.x-forwarded-for", equalTo("203.0.113.7, 127.0.0.1"))
                .body("headers.x-forwarded-proto", equalTo("http"))
                .body("headers.x-forwarded-host", equalTo(gateway.getHost() + ":" + gateway.getPort()))
                .body("headers.forwarded", equalTo("for=127.0.0.1;host=\"" + gateway.getHost() + ":" + gateway.getPort()
                        + "\";proto=http"))
                .body("headers.host", not(equalTo(gateway.getHost() + ":" + gateway.getPort())));
    }

    @Test
    void theIngressAddressTheClientUsedIsPassedOnToTheServices() {
        // As the Kubernetes ingress (a trusted proxy) forwards a call to https://sovplan.example.gov.
        given().auth().oauth2(TestTokens.viewer()).header("X-Forwarded-Proto", "https")
                .header("X-Forwarded-Host", "sovplan.example.gov").header("X-Forwarded-For", "198.51.100.4")
                .get("/api/v1/regions")
                .then().statusCode(200)
                .body("headers.x-forwarded-proto", equalTo("https"))
                .body("headers.x-forwarded-host", equalTo("sovplan.example.gov"))
                .body("headers.forwarded", equalTo("for=127.0.0.1;host=\"sovplan.example.gov\";proto=https"));
    }

    @Test
    void aRequestIdIsGeneratedPassedOnAndReturned() {
        var answer = given().auth().oauth2(TestTokens.viewer()).get("/api/v1/regions").then().statusCode(200)
                .header("X-Request-Id", matchesPattern("[0-9a-f-]{36}")).extract();
        assertEquals(answer.header("X-Request-Id"), answer.path("headers.x-request-id"));
        assertEquals(1, answer.headers().getValues("X-Request-Id").size(), "the backend's echo is not duplicated");
    }

    @Test
    void theCallersRequestIdIsKeptWhenPlausibleAndReplacedOtherwise() {
        given().auth().oauth2(TestTokens.viewer()).header("X-Request-Id", "trace-42.a")
                .get("/api/v1/regions").then().statusCode(200)
                .header("X-Request-Id", "trace-42.a").body("headers.x-request-id", equalTo("trace-42.a"));
        given().auth().oauth2(TestTokens.viewer()).header("X-Request-Id", "bad id\"; drop")
                .get("/api/v1/regions").then().statusCode(200)
                .header("X-Request-Id", matchesPattern("[0-9a-f-]{36}"));
    }

    @Test
    void requestAndResponseBodiesPassUnchanged() {
        byte[] body = new byte[32 * 1024];
        for (int i = 0; i < body.length; i++) {
            body[i] = (byte) (i * 31);
        }
        given().auth().oauth2(TestTokens.planner()).contentType(ContentType.BINARY).body(body)
                .post("/api/v1/workloads")
                .then().statusCode(200).body("backend", equalTo("placement")).body("method", equalTo("POST"))
                .body("bodyBytes", equalTo(body.length)).body("bodySha256", equalTo(sha256(body)));
    }

    @Test
    void hopByHopHeadersStayOnTheirHop() throws IOException {
        RawHttp.Answer answer = RawHttp.exchange(gateway.getPort(), List.of(
                "GET /api/v1/regions HTTP/1.1",
                "Host: 127.0.0.1:" + gateway.getPort(),
                "Authorization: Bearer " + TestTokens.viewer(),
                "Connection: keep-alive, X-Caller-Hop",
                "X-Caller-Hop: secret",
                "Keep-Alive: timeout=5",
                "Proxy-Authorization: Basic c2VjcmV0",
                "TE: trailers",
                "X-End-To-End: kept"));

        assertEquals(200, answer.status());
        JsonObject received = new JsonObject(answer.body()).getJsonObject("headers");
        assertEquals("kept", received.getString("x-end-to-end"));
        for (String hop : List.of("x-caller-hop", "keep-alive", "proxy-authorization", "te")) {
            assertEquals(null, received.getValue(hop), hop + " must not reach the backend");
        }
        // The backend's own hop-by-hop headers do not reach the caller either.
        assertEquals(List.of("capacity"), answer.all("X-Echo-Backend"));
        for (String hop : List.of("x-backend-hop", "keep-alive", "proxy-authenticate")) {
            assertEquals(List.of(), answer.all(hop), hop + " must not reach the caller");
        }
    }

    @Test
    void unknownApiPathsAreNotFoundProblems() {
        given().auth().oauth2(TestTokens.viewer()).get("/api/v1/nothing-here/1")
                .then().statusCode(404).contentType("application/problem+json")
                .body("type", equalTo("https://sovplan.org/problems/not-found"))
                .body("status", equalTo(404)).body("instance", equalTo("/api/v1/nothing-here/1"));
        given().auth().oauth2(TestTokens.viewer()).get("/api/v2/regions")
                .then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.viewer()).get("/not-an-api")
                .then().statusCode(404).contentType("application/problem+json")
                .body("type", equalTo("https://sovplan.org/problems/not-found"));
        // A prefix is a whole segment: /api/v1/regionsX is not /api/v1/regions.
        given().auth().oauth2(TestTokens.viewer()).get("/api/v1/regionsX")
                .then().statusCode(404).body("detail", containsString("/api/v1/regionsX"));
    }

    @Test
    void dotSegmentsCannotSmuggleAPathPastTheRules() throws IOException {
        // Sent as written (ordinary clients normalize it away): judged and forwarded as /api/v1/workloads.
        RawHttp.Answer asViewer = post("/api/v1/regions/../workloads", TestTokens.viewer());
        RawHttp.Answer asPlanner = post("/api/v1/regions/%2e%2e/workloads", TestTokens.planner());

        assertEquals(403, asViewer.status(), "a viewer may not write workloads, whatever the path says");
        assertEquals(200, asPlanner.status());
        JsonObject received = new JsonObject(asPlanner.body());
        assertEquals("placement", received.getString("backend"));
        assertEquals("/api/v1/workloads", received.getString("uri"));
    }

    private RawHttp.Answer post(String path, String token) throws IOException {
        return RawHttp.exchange(gateway.getPort(), List.of("POST " + path + " HTTP/1.1",
                "Host: 127.0.0.1:" + gateway.getPort(), "Authorization: Bearer " + token, "Content-Length: 0"));
    }

    static String sha256(byte[] bytes) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
