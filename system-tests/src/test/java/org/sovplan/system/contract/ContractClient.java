package org.sovplan.system.contract;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Sends raw requests to the gateway: the path and query exactly as generated (already percent-encoded), the
 * body as bytes, and the caller's bearer token for a role.
 */
public final class ContractClient {

    private static final Duration ANSWER_TIMEOUT = Duration.ofSeconds(90);

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private final String baseUrl;
    private final Function<String, String> tokenOf;
    private final Map<String, String> tokens = new ConcurrentHashMap<>();

    /** {@code tokenOf} gives a bearer token for a role, or null to send none. */
    public ContractClient(String baseUrl, Function<String, String> tokenOf) {
        this.baseUrl = baseUrl;
        this.tokenOf = tokenOf;
    }

    /** An answer: status, headers (lower-case names) and body as text. */
    public record Answer(int status, Map<String, List<String>> headers, String body) {
        public String header(String name) {
            List<String> values = headers.get(name.toLowerCase());
            return values == null || values.isEmpty() ? null : values.get(0);
        }
    }

    public Answer send(ContractCase request) {
        return send(request.operation().method(), request.rawPathAndQuery(), request.role(), request.headers(),
                request.body());
    }

    public Answer send(String method, String rawPathAndQuery, String role, Map<String, String> headers, byte[] body) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(baseUrl + rawPathAndQuery))
                .timeout(ANSWER_TIMEOUT)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(body));
        headers.forEach(builder::header);
        String token = tokens.computeIfAbsent(role, r -> {
            String value = tokenOf.apply(r);
            return value == null ? "" : value;
        });
        if (!token.isEmpty()) {
            builder.header("Authorization", "Bearer " + token);
        }
        try {
            HttpResponse<String> response = http.send(builder.build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Answer(response.statusCode(), lowerCase(response.headers().map()), response.body());
        } catch (IOException e) {
            throw new IllegalStateException("no answer to " + method + " " + rawPathAndQuery + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, List<String>> lowerCase(Map<String, List<String>> headers) {
        Map<String, List<String>> result = new java.util.TreeMap<>();
        headers.forEach((name, values) -> result.put(name.toLowerCase(), values));
        return result;
    }
}
