package org.sovplan.gateway.routing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.sovplan.testsupport.TestTokens;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.vertx.core.json.JsonObject;

/**
 * A backend that fails gives the caller a problem document instead of a hang: 504 when it does not
 * answer within the route's timeout (500 ms for energy in tests), 502 when it breaks the connection.
 * And a body over the cap (64 KB in tests) is refused with 413, declared or streamed.
 */
@QuarkusTest
class BackendFailureTest {

    static final int CAP_BYTES = 64 * 1024;

    @TestHTTPResource("/")
    URI gateway;

    @Test
    void aSlowBackendGivesGatewayTimeout() {
        given().auth().oauth2(TestTokens.viewer()).get("/api/v1/grid-zones/slow")
                .then().statusCode(504).contentType("application/problem+json")
                .header("X-Request-Id", notNullValue())
                .body("type", equalTo("https://sovplan.org/problems/gateway-timeout"))
                .body("status", equalTo(504))
                .body("detail", equalTo("the energy service did not answer within 500 ms"))
                .body("instance", equalTo("/api/v1/grid-zones/slow"));
    }

    @Test
    void aResetConnectionGivesBadGateway() {
        given().auth().oauth2(TestTokens.viewer()).get("/api/v1/grid-zones/reset")
                .then().statusCode(502).contentType("application/problem+json")
                .body("type", equalTo("https://sovplan.org/problems/bad-gateway"))
                .body("detail", containsString("energy"));
        given().auth().oauth2(TestTokens.viewer()).get("/api/v1/grid-zones/empty")
                .then().statusCode(502).contentType("application/problem+json");
    }

    @Test
    void theGatewayStaysUsableAfterBackendFailures() {
        given().auth().oauth2(TestTokens.viewer()).get("/api/v1/grid-zones/reset").then().statusCode(502);
        given().auth().oauth2(TestTokens.viewer()).get("/api/v1/grid-zones/KE")
                .then().statusCode(200).body("backend", equalTo("energy"));
    }

    @Test
    void aDeclaredBodyOverTheCapIsRefusedBeforeItIsForwarded() throws Exception {
        // Expect: 100-continue lets the client read the refusal before it sends the body; without it the
        // client may still be writing when the gateway answers and closes, and see a broken pipe instead.
        HttpRequest request = HttpRequest.newBuilder(gateway.resolve("/api/v1/workloads")).expectContinue(true)
                .header("Authorization", "Bearer " + TestTokens.planner())
                .header("Content-Type", "application/octet-stream")
                .POST(HttpRequest.BodyPublishers.ofByteArray(new byte[CAP_BYTES + 1]))
                .build();
        HttpResponse<String> response = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()
                .send(request, HttpResponse.BodyHandlers.ofString());
        assertEquals(413, response.statusCode());
        assertEquals("application/problem+json", response.headers().firstValue("Content-Type").orElse(""));
        assertTrue(response.headers().firstValue("X-Request-Id").isPresent());
        JsonObject problem = new JsonObject(response.body());
        assertEquals("https://sovplan.org/problems/payload-too-large", problem.getString("type"));
        assertEquals("request bodies are limited to " + CAP_BYTES + " bytes", problem.getString("detail"));
    }

    @Test
    void aBodyAtTheCapPasses() {
        given().auth().oauth2(TestTokens.planner()).contentType(ContentType.BINARY).body(new byte[CAP_BYTES])
                .post("/api/v1/workloads")
                .then().statusCode(200).body("bodyBytes", equalTo(CAP_BYTES));
    }

    @Test
    void aStreamedBodyIsCountedAndCutOffAtTheCap() throws Exception {
        HttpResponse<String> small = postStreamed(CAP_BYTES / 2);
        HttpResponse<String> large = postStreamed(CAP_BYTES * 4);

        // Streamed (chunked, no Content-Length) bodies under the cap are forwarded whole ...
        assertEquals(200, small.statusCode());
        assertEquals(CAP_BYTES / 2,
                new JsonObject(small.body()).getInteger("bodyBytes"));
        // ... and over it answered 413 without waiting for the rest.
        assertEquals(413, large.statusCode());
        assertEquals("https://sovplan.org/problems/payload-too-large",
                new JsonObject(large.body()).getString("type"));
    }

    @Test
    void anHttp2BodyWithoutALengthIsForwardedChunked() throws Exception {
        // HTTP/2 callers never say "chunked": a body without Content-Length is just a stream. The call to the
        // backend (HTTP/1.1) must then be chunked, or Vert.x refuses to send it and the caller gets no answer.
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_2).build();
        // A first request upgrades the connection to HTTP/2 (h2c); the POST then goes over it as a stream.
        HttpResponse<String> first = client.send(HttpRequest.newBuilder(gateway.resolve("/q/health/live")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(HttpClient.Version.HTTP_2, first.version());
        HttpResponse<String> posted = client.send(HttpRequest.newBuilder(gateway.resolve("/api/v1/workloads"))
                .header("Authorization", "Bearer " + TestTokens.planner())
                .header("Content-Type", "application/octet-stream")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ZeroStream(1000)))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(HttpClient.Version.HTTP_2, posted.version());
        assertEquals(200, posted.statusCode());
        assertEquals(1000, new JsonObject(posted.body()).getInteger("bodyBytes"));
    }

    /** A body of unknown length: java.net.http sends it chunked. */
    private HttpResponse<String> postStreamed(int bytes) throws IOException, InterruptedException {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        HttpRequest request = HttpRequest.newBuilder(gateway.resolve("/api/v1/workloads"))
                .header("Authorization", "Bearer " + TestTokens.planner())
                .header("Content-Type", "application/octet-stream")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ZeroStream(bytes)))
                .build();
        return client.send(request, HttpResponse.BodyHandlers.ofString());
    }

    /** {@code length} zero bytes, handed out in pieces. */
    static final class ZeroStream extends InputStream {
        private int remaining;

        ZeroStream(int length) {
            this.remaining = length;
        }

        @Override
        public int read() {
            return remaining-- > 0 ? 0 : -1;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (remaining <= 0) {
                return -1;
            }
            int n = Math.min(Math.min(len, 8192), remaining);
            Arrays.fill(b, off, off + n, (byte) 0);
            remaining -= n;
            return n;
        }
    }
}
