package org.sovplan.system.contract;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;

/**
 * Checks an answer against the contract with swagger-request-validator, responses only (the requests are
 * invalid on purpose): the status must be documented for the operation and the body must match the schema of
 * its media type. Findings are split into undocumented statuses and other breaks of the contract.
 */
final class ResponseCheck {

    private static final String UNDOCUMENTED_STATUS = "validation.response.status.unknown";

    private final OpenApiInteractionValidator validator;

    ResponseCheck(Path contract) {
        this.validator = OpenApiInteractionValidator
                .createForSpecificationUrl(contract.toAbsolutePath().toUri().toString())
                .withLevelResolver(LevelResolver.create()
                        .withLevel("validation.request", ValidationReport.Level.IGNORE)
                        .build())
                .build();
    }

    record Findings(List<String> undocumented, List<String> breaks) {
    }

    Findings check(ContractSpec.Operation operation, ContractClient.Answer answer) {
        SimpleResponse.Builder response = SimpleResponse.Builder.status(answer.status()).withBody(answer.body());
        answer.headers().forEach((name, values) -> {
            if (!name.startsWith(":")) {
                response.withHeader(name, values);
            }
        });
        // The operation is found by its template (every parameter a plain placeholder), so that a hostile
        // path value never makes the validator pick another operation or none.
        String path = operation.pathTemplate().replaceAll("\\{[^}]+}", "x");
        ValidationReport report = validator.validateResponse(path, Request.Method.valueOf(operation.method()),
                response.build());
        List<String> undocumented = new ArrayList<>();
        List<String> breaks = new ArrayList<>();
        for (ValidationReport.Message message : report.getMessages()) {
            if (message.getLevel() != ValidationReport.Level.ERROR) {
                continue;
            }
            String text = message.getKey() + ": " + message.getMessage();
            if (UNDOCUMENTED_STATUS.equals(message.getKey())) {
                undocumented.add(text);
            } else {
                breaks.add(text + " body=" + abbreviate(answer.body()));
            }
        }
        return new Findings(undocumented, breaks);
    }

    private static String abbreviate(String body) {
        return body == null ? "" : body.length() > 400 ? body.substring(0, 400) + "..." : body;
    }
}
