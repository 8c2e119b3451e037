package org.sovplan.system.contract;

import java.util.Map;

/**
 * One generated request: the operation it targets, who sends it, what was done to it ({@code variant},
 * e.g. {@code valid} or {@code body-missing-required:siteId}) and the raw request as sent.
 */
public record ContractCase(int number, ContractSpec.Operation operation, String role, String variant,
        String rawPathAndQuery, Map<String, String> headers, byte[] body) {

    /** The line printed for a finding, enough to replay the request by hand. */
    public String describe() {
        String text = body == null ? "" : " body=" + abbreviate(new String(body, java.nio.charset.StandardCharsets.UTF_8));
        return "#" + number + " " + operation.id() + " as " + role + " [" + variant + "] " + operation.method() + " "
                + abbreviate(rawPathAndQuery) + " headers=" + headers + text;
    }

    private static String abbreviate(String text) {
        String escaped = text.replace("\u0000", "\\u0000").replace("\n", "\\n");
        return escaped.length() > 300 ? escaped.substring(0, 300) + "...(" + escaped.length() + " chars)" : escaped;
    }
}
