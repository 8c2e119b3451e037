package org.sovplan.system.contract;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * For each property of a named response schema, how often the real answers carried it, and how often as
 * {@code null}. A property the contract declares non-null is never null (the response check fails otherwise);
 * what this adds is the other direction: properties declared nullable that no answer ever sent as null, a list
 * to compare with the Java types behind them (a primitive can never be null).
 */
final class NullsSeen {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SCHEMA_REF = "#/components/schemas/";

    /** "Schema.property" -> {times seen, times null}. */
    private final Map<String, int[]> seen = new TreeMap<>();
    private final Map<String, Boolean> declaredNullable = new TreeMap<>();
    private final ContractSpec spec;

    NullsSeen(ContractSpec spec) {
        this.spec = spec;
    }

    void record(ContractSpec.Operation operation, ContractClient.Answer answer) {
        if (answer.status() < 200 || answer.status() >= 300 || answer.body() == null || answer.body().isBlank()) {
            return;
        }
        JsonNode schema = spec.responseSchema(operation, answer.status());
        if (schema.isMissingNode()) {
            return;
        }
        try {
            walk(schema, JSON.readTree(answer.body()), 0);
        } catch (java.io.IOException e) {
            // Not JSON: the response check reports it.
        }
    }

    private void walk(JsonNode schema, JsonNode value, int depth) {
        if (depth > 12 || value == null || value.isNull()) {
            return;
        }
        String name = schema.path("$ref").asText("").startsWith(SCHEMA_REF)
                ? schema.get("$ref").asText().substring(SCHEMA_REF.length()) : null;
        JsonNode s = spec.resolve(nonNull(schema));
        if (s == null) {
            return;
        }
        if (value.isArray()) {
            value.forEach(item -> walk(s.path("items"), item, depth + 1));
            return;
        }
        if (!value.isObject() || !s.has("properties")) {
            return;
        }
        for (Map.Entry<String, JsonNode> property : s.get("properties").properties()) {
            JsonNode field = value.get(property.getKey());
            if (field == null) {
                continue;
            }
            if (name != null) {
                String key = name + "." + property.getKey();
                int[] counts = seen.computeIfAbsent(key, k -> new int[2]);
                counts[0]++;
                if (field.isNull()) {
                    counts[1]++;
                }
                declaredNullable.put(key, nullable(property.getValue()));
            }
            walk(property.getValue(), field, depth + 1);
        }
    }

    /** The non-null branch of {@code anyOf: [X, {type: null}]}, or the schema itself. */
    private JsonNode nonNull(JsonNode schema) {
        for (JsonNode alternative : schema.path("anyOf")) {
            if (!"null".equals(alternative.path("type").asText())) {
                return alternative;
            }
        }
        return schema;
    }

    /** Whether a property schema admits null: a type array with "null", or {@code anyOf} with a null branch. */
    static boolean nullable(JsonNode property) {
        for (JsonNode type : property.path("type")) {
            if ("null".equals(type.asText())) {
                return true;
            }
        }
        for (JsonNode alternative : property.path("anyOf")) {
            if ("null".equals(alternative.path("type").asText())) {
                return true;
            }
        }
        return false;
    }

    /** Properties declared nullable that every answer sent with a value. */
    List<String> nullableNeverNull() {
        return seen.entrySet().stream()
                .filter(e -> declaredNullable.getOrDefault(e.getKey(), false) && e.getValue()[1] == 0)
                .map(e -> e.getKey() + " (" + e.getValue()[0] + " answers)").toList();
    }

    String report() {
        long nullable = declaredNullable.values().stream().filter(b -> b).count();
        List<String> neverNull = nullableNeverNull();
        long seenNull = seen.entrySet().stream().filter(e -> e.getValue()[1] > 0).count();
        StringBuilder out = new StringBuilder();
        out.append("response properties seen: ").append(seen.size()).append(", declared nullable ").append(nullable)
                .append(", seen null ").append(seenNull).append(", declared nullable but never null ")
                .append(neverNull.size()).append('\n');
        neverNull.stream().limit(40).forEach(line -> out.append("  nullable, never null: ").append(line).append('\n'));
        return out.toString();
    }
}
