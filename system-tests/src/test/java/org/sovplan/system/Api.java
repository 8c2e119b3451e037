package org.sovplan.system;

import static io.restassured.RestAssured.given;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.restassured.OpenApiValidationFilter;

import io.restassured.config.HttpClientConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/**
 * Requests to the gateway, as a person or script would send them: real Keycloak tokens, and
 * every response checked against the merged contract {@code openapi/sovplan.yaml}. Requests are
 * not checked, because some tests send bad input on purpose.
 */
final class Api {

    private static final Path CONTRACT = Path.of(System.getProperty("sovplan.root", ".."), "openapi", "sovplan.yaml");
    private static final OpenApiValidationFilter RESPONSES_MATCH_CONTRACT = new OpenApiValidationFilter(
            OpenApiInteractionValidator.createForSpecificationUrl(CONTRACT.toAbsolutePath().toUri().toString())
                    .withLevelResolver(LevelResolver.create()
                            .withLevel("validation.request", ValidationReport.Level.IGNORE)
                            .build())
                    .build());

    /** Unchecked requests give up on an answer after {@link WriteLoad#NO_ANSWER_AFTER_MS}, so a hang is seen. */
    private static final RestAssuredConfig UNTIL_NO_ANSWER = RestAssuredConfig.config().httpClient(
            HttpClientConfig.httpClientConfig().setParam("http.connection.timeout", 10_000)
                    .setParam("http.socket.timeout", WriteLoad.NO_ANSWER_AFTER_MS));

    private final Stack stack;
    private final Map<String, String> tokens = new ConcurrentHashMap<>();

    Api(Stack stack) {
        this.stack = stack;
    }

    /** A request as the demo user {@code user} (ada admin, paul planner for KE, vera viewer). */
    RequestSpecification as(String user) {
        return anonymous().auth().oauth2(tokens.computeIfAbsent(user, stack::token));
    }

    /** A request with the given raw bearer token. */
    RequestSpecification withToken(String token) {
        return anonymous().auth().oauth2(token);
    }

    /**
     * A request as {@code user} whose answer is not checked against the contract: for load that a fault
     * interrupts, where each answer is counted rather than validated.
     */
    RequestSpecification unchecked(String user) {
        return given().config(UNTIL_NO_ANSWER).baseUri(stack.gatewayUrl()).contentType(ContentType.JSON)
                .auth().oauth2(tokens.computeIfAbsent(user, stack::token));
    }

    /** A request without a token. */
    RequestSpecification anonymous() {
        return given().baseUri(stack.gatewayUrl()).contentType(ContentType.JSON).filter(RESPONSES_MATCH_CONTRACT);
    }
}
