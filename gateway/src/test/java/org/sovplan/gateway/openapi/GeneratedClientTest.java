package org.sovplan.gateway.openapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.lang.reflect.Method;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.sovplan.client.ApiClient;
import org.sovplan.client.ApiResponse;
import org.sovplan.testsupport.TestTokens;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The Java client that openapi-generator made from openapi/sovplan.yaml in this build compiles (this class
 * uses it) and works against the gateway: every read operation of the contract that needs no body and no
 * required query parameter is called through the generated API classes, with a bearer token, and answers
 * 200 from the service the gateway routes it to. See docs/gateway.md for generating such a client.
 */
@QuarkusTest
class GeneratedClientTest {

    static final Path GENERATED_APIS =
            Path.of("target/generated-test-sources/sovplan-client/src/main/java/org/sovplan/client/api");

    @TestHTTPResource("/")
    URI gateway;

    @Test
    void theGeneratedClientDefaultsToTheContractsServer() {
        assertEquals(OpenApiMerger.DEFAULT_SERVER, new ApiClient().getBaseUri());
    }

    @Test
    void everySimpleReadOperationWorksThroughTheGateway() throws Exception {
        ApiClient client = new ApiClient();
        client.updateBaseUri(gateway.toString().replaceAll("/$", ""));
        String token = TestTokens.viewer();
        client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + token));

        List<Object> apis = new ArrayList<>();
        for (String name : generatedApiClasses()) {
            apis.add(Class.forName("org.sovplan.client.api." + name).getConstructor(ApiClient.class)
                    .newInstance(client));
        }
        List<String> operations = simpleReadOperations();
        assertEquals(operations.isEmpty(), apis.isEmpty(), "API classes are generated exactly when there are paths");

        for (String operationId : operations) {
            Object api = apis.stream().filter(a -> findOperation(a.getClass(), operationId) != null).findFirst()
                    .orElseThrow(() -> new AssertionError("no generated method for " + operationId));
            Method method = findOperation(api.getClass(), operationId);
            ApiResponse<?> response = (ApiResponse<?>) method.invoke(api, arguments(method));
            assertEquals(200, response.getStatusCode(), operationId);
            assertNotNull(response.getHeaders().get("x-request-id"), operationId + " went through the gateway");
        }
    }

    /**
     * GET operations that answer JSON and whose only required inputs are path parameters: the echo
     * backends answer JSON, so event streams and text reports are left out.
     */
    private static List<String> simpleReadOperations() {
        JsonNode contract = OpenApiMerger.parse(MergedContractDriftTest.REPOSITORY_ROOT
                .resolve(OpenApiMerger.MERGED_CONTRACT));
        List<String> operations = new ArrayList<>();
        for (Map.Entry<String, JsonNode> path : contract.path("paths").properties()) {
            JsonNode get = path.getValue().path("get");
            if (get.isMissingNode() || !get.path("responses").path("200").path("content").has("application/json")) {
                continue;
            }
            boolean simple = true;
            for (JsonNode parameter : get.path("parameters")) {
                String in = parameter.path("in").asText();
                simple &= in.equals("path") || in.equals("query") && !parameter.path("required").asBoolean(false);
            }
            if (simple) {
                operations.add(get.path("operationId").asText());
            }
        }
        return operations;
    }

    private static Method findOperation(Class<?> api, String operationId) {
        Method shortest = null;
        for (Method method : api.getMethods()) {
            if (method.getName().equals(operationId + "WithHttpInfo")
                    && (shortest == null || method.getParameterCount() < shortest.getParameterCount())) {
                shortest = method;
            }
        }
        return shortest;
    }

    /** Path parameters get a plausible value; optional query parameters are left out. */
    private static Object[] arguments(Method method) {
        Class<?>[] types = method.getParameterTypes();
        Object[] arguments = new Object[types.length];
        for (int i = 0; i < types.length; i++) {
            if (types[i] == String.class) {
                arguments[i] = "KE";
            } else if (types[i] == UUID.class) {
                arguments[i] = UUID.randomUUID();
            } else if (types[i] == LocalDate.class) {
                arguments[i] = LocalDate.now();
            }
        }
        return arguments;
    }

    private static List<String> generatedApiClasses() throws IOException {
        if (!Files.isDirectory(GENERATED_APIS)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(GENERATED_APIS)) {
            return files.map(file -> file.getFileName().toString()).filter(name -> name.endsWith("Api.java"))
                    .map(name -> name.substring(0, name.length() - ".java".length())).sorted().toList();
        }
    }
}
