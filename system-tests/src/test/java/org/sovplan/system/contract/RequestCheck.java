package org.sovplan.system.contract;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;

/**
 * Checks a generated request against the contract with swagger-request-validator, the request only: so that a
 * request the suite calls valid is one the contract accepts (parameters, their patterns and bounds, headers,
 * body). Who sends it and what it accepts are not checked here; both are varied on purpose.
 */
final class RequestCheck {

    private final OpenApiInteractionValidator validator;

    RequestCheck(Path contract) {
        this.validator = OpenApiInteractionValidator
                .createForSpecificationUrl(contract.toAbsolutePath().toUri().toString())
                .withLevelResolver(LevelResolver.create()
                        .withLevel("validation.response", ValidationReport.Level.IGNORE)
                        .withLevel("validation.request.security", ValidationReport.Level.IGNORE)
                        // The suite varies Accept on purpose: an Accept that names none of an operation's types
                        // is still answered (a 204 ignores it, a report falls back to its type), never 406.
                        .withLevel("validation.request.accept.notAllowed", ValidationReport.Level.IGNORE)
                        .build())
                .build();
    }

    /** The contract's objections to the request, empty when it accepts it. */
    List<String> check(ContractCase request) {
        String raw = request.rawPathAndQuery();
        int question = raw.indexOf('?');
        String path = question < 0 ? raw : raw.substring(0, question);
        SimpleRequest.Builder builder = new SimpleRequest.Builder(Request.Method.valueOf(request.operation().method()),
                decode(path));
        if (question >= 0) {
            for (String pair : raw.substring(question + 1).split("&")) {
                int equals = pair.indexOf('=');
                builder.withQueryParam(decode(equals < 0 ? pair : pair.substring(0, equals)),
                        equals < 0 ? "" : decode(pair.substring(equals + 1)));
            }
        }
        request.headers().forEach((name, value) -> builder.withHeader(name, value));
        if (request.body() != null) {
            builder.withBody(request.body());
        }
        List<String> objections = new ArrayList<>();
        for (ValidationReport.Message message : validator.validateRequest(builder.build()).getMessages()) {
            if (message.getLevel() == ValidationReport.Level.ERROR) {
                objections.add(message.getKey() + ": " + message.getMessage());
            }
        }
        return objections;
    }

    private static String decode(String text) {
        return URLDecoder.decode(text, StandardCharsets.UTF_8);
    }
}
