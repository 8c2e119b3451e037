package org.sovplan.gateway.openapi;

import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * What makes the merged contract one that client generators (openapi-generator's java, python and
 * typescript-fetch) and validators read without warnings, applied to the merged document:
 * <ul>
 * <li>no {@code type} beside a {@code $ref} (SmallRye OpenAPI writes one for records' fields);</li>
 * <li>numbers written plainly ({@code 10000000000000}, not {@code 1.0E13}, which YAML 1.1 reads as a string);</li>
 * <li>readable variant names ({@code x-enum-varnames}) for enums whose values are no identifiers
 * ({@code SEAL-3} becomes {@code SEAL_3}, not {@code SEAL_MINUS_3});</li>
 * <li>response schemas say what is really sent: the services write every field of an answer, {@code null}
 * included, so each field of a schema only answers (never read from a request) is {@code required}, and each
 * field Bean Validation does not mark required may be {@code null} (OpenAPI 3.1 type arrays), unless its Java
 * type is a primitive (the services mark those {@code x-sovplan-never-null});</li>
 * <li>the headers answers carry: {@code Location} on 201 and 202, {@code ETag} on answers that carry a
 * versioned resource, {@code Retry-After} on 429 and 503, {@code Idempotent-Replayed} where a key is taken;</li>
 * <li>an event stream ({@code text/event-stream}) is text whose {@code data:} lines carry the event schema.</li>
 * </ul>
 */
final class ContractHygiene {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String SCHEMA_REF = "#/components/schemas/";
    private static final String HEADER_REF = "#/components/headers/";
    private static final Set<String> NUMERIC_KEYWORDS = Set.of("maximum", "minimum", "exclusiveMaximum",
            "exclusiveMinimum", "multipleOf");
    /** Schemas written with {@code @JsonInclude(NON_EMPTY/NON_NULL)}: absent fields are left out, not null. */
    private static final Set<String> SPARSE_SCHEMAS = Set.of("Problem", "FieldError");
    private static final String EVENT_STREAM = "text/event-stream";
    /** Set by the services (common's NeverNullFilter) on fields of a primitive type, which are never null. */
    private static final String NEVER_NULL = "x-sovplan-never-null";

    private ContractHygiene() {
    }

    static void apply(ObjectNode merged) {
        removeTypeBesideRef(merged);
        plainNumbers(merged);
        if (merged.path("components").path("schemas") instanceof ObjectNode schemas) {
            inlineScalars(merged, schemas);
            enumVariantNames(schemas);
            Set<String> events = documentEventStreams(merged);
            answersAsSent(merged, schemas);
            inlineEventSchemas(merged, events);
        }
        declareHeaders(merged);
        removeNeverNullMarks(merged);
    }

    /** The services' mark of a field that is never null has served its purpose once answers are marked. */
    private static void removeNeverNullMarks(JsonNode node) {
        if (node instanceof ObjectNode object) {
            object.remove(NEVER_NULL);
            object.properties().forEach(field -> removeNeverNullMarks(field.getValue()));
        } else if (node instanceof ArrayNode array) {
            array.forEach(ContractHygiene::removeNeverNullMarks);
        }
    }

    // ------------------------------------------------------------------ $ref siblings, numbers

    static void removeTypeBesideRef(JsonNode node) {
        if (node instanceof ObjectNode object) {
            if (object.has("$ref")) {
                object.remove("type");
            }
            object.properties().forEach(field -> removeTypeBesideRef(field.getValue()));
        } else if (node instanceof ArrayNode array) {
            array.forEach(ContractHygiene::removeTypeBesideRef);
        }
    }

    static void plainNumbers(JsonNode node) {
        if (node instanceof ObjectNode object) {
            for (Map.Entry<String, JsonNode> field : List.copyOf(object.properties())) {
                JsonNode value = field.getValue();
                if (value.isFloatingPointNumber()) {
                    object.set(field.getKey(), plain(value.decimalValue()));
                } else if (value.isTextual() && NUMERIC_KEYWORDS.contains(field.getKey())) {
                    object.set(field.getKey(), plain(new BigDecimal(value.asText())));
                } else {
                    plainNumbers(value);
                }
            }
        } else if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                if (array.get(i).isFloatingPointNumber()) {
                    array.set(i, plain(array.get(i).decimalValue()));
                } else {
                    plainNumbers(array.get(i));
                }
            }
        }
    }

    private static JsonNode plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        if (stripped.scale() <= 0) {
            return NODES.numberNode(stripped.toBigIntegerExact());
        }
        return NODES.numberNode(new BigDecimal(stripped.toPlainString()));
    }

    // ------------------------------------------------------------------ scalars

    /**
     * SmallRye names java.time and UUID as schemas of their own ({@code LocalDate}, {@code Instant},
     * {@code UUID}): plain strings with a format. Generators then clash with their own types of those names
     * ({@code ModelLocalDate}); written in place they are what they are, a string with a format.
     */
    private static void inlineScalars(ObjectNode merged, ObjectNode schemas) {
        Map<String, ObjectNode> scalars = new java.util.LinkedHashMap<>();
        schemas.properties().forEach(entry -> {
            JsonNode schema = entry.getValue();
            if (schema.path("type").asText().equals("string") && !schema.has("enum") && !schema.has("properties")
                    && schema.has("format")) {
                scalars.put(SCHEMA_REF + entry.getKey(), (ObjectNode) schema);
            }
        });
        if (scalars.isEmpty()) {
            return;
        }
        replaceRefs(merged, scalars);
        scalars.keySet().forEach(ref -> schemas.remove(ref.substring(SCHEMA_REF.length())));
    }

    private static void replaceRefs(JsonNode node, Map<String, ObjectNode> scalars) {
        if (node instanceof ObjectNode object) {
            ObjectNode scalar = scalars.get(object.path("$ref").asText(""));
            if (scalar != null) {
                object.remove("$ref");
                ObjectNode inlined = scalar.deepCopy();
                object.properties().forEach(sibling -> inlined.set(sibling.getKey(), sibling.getValue()));
                object.removeAll();
                object.setAll(inlined);
            }
            object.properties().forEach(field -> replaceRefs(field.getValue(), scalars));
        } else if (node instanceof ArrayNode array) {
            array.forEach(element -> replaceRefs(element, scalars));
        }
    }

    // ------------------------------------------------------------------ enums

    private static void enumVariantNames(ObjectNode schemas) {
        forEachSchema(schemas, schema -> {
            JsonNode values = schema.get("enum");
            if (values == null || !values.isArray() || schema.has("x-enum-varnames")) {
                return;
            }
            boolean identifiers = true;
            for (JsonNode value : values) {
                identifiers &= value.isTextual() && value.asText().matches("[A-Za-z_][A-Za-z0-9_]*");
            }
            if (!identifiers) {
                ArrayNode names = schema.putArray("x-enum-varnames");
                for (JsonNode value : values) {
                    names.add(value.asText().toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]+", "_"));
                }
            }
        });
    }

    /** Every schema object under {@code schemas}, nested ones (properties, items) included. */
    private static void forEachSchema(JsonNode node, java.util.function.Consumer<ObjectNode> action) {
        if (node instanceof ObjectNode object) {
            action.accept(object);
            object.properties().forEach(field -> forEachSchema(field.getValue(), action));
        } else if (node instanceof ArrayNode array) {
            array.forEach(element -> forEachSchema(element, action));
        }
    }

    // ------------------------------------------------------------------ event streams

    private static Set<String> documentEventStreams(ObjectNode merged) {
        Set<String> events = new LinkedHashSet<>();
        forEachOperation(merged, (path, method, operation) -> operation.path("responses").properties()
                .forEach(response -> {
                    JsonNode media = response.getValue().path("content").path(EVENT_STREAM);
                    if (media instanceof ObjectNode stream) {
                        String event = stream.path("schema").path("items").path("$ref").asText("");
                        String name = event.startsWith(SCHEMA_REF) ? event.substring(SCHEMA_REF.length()) : "JSON";
                        ObjectNode schema = NODES.objectNode().put("type", "string")
                                .put("description", "Server-Sent Events (text/event-stream): each event is a `data:` "
                                        + "line holding one " + name + " document as JSON, then a blank line; the "
                                        + "server closes the stream after the event whose type is `end`.");
                        if (event.startsWith(SCHEMA_REF)) {
                            schema.set("x-sovplan-event-data", NODES.objectNode().put("$ref", event));
                            events.add(name);
                        }
                        stream.set("schema", schema);
                    }
                }));
        return events;
    }

    /**
     * A schema named only from a vendor extension is one no tool sees used ({@code openapi-generator validate
     * --recommend} warns "Unused model"), and generators would make a model no operation returns. The event
     * schema is therefore written in the extension itself, and dropped from the components when nothing else
     * names it.
     */
    private static void inlineEventSchemas(ObjectNode merged, Set<String> events) {
        if (events.isEmpty() || !(merged.path("components").path("schemas") instanceof ObjectNode schemas)) {
            return;
        }
        Map<String, ObjectNode> inlined = new java.util.LinkedHashMap<>();
        for (String name : events) {
            if (schemas.get(name) instanceof ObjectNode schema) {
                inlined.put(SCHEMA_REF + name, schema.deepCopy().put("title", name));
            }
        }
        forEachOperation(merged, (path, method, operation) -> operation.path("responses")
                .forEach(response -> {
                    JsonNode extension = response.path("content").path(EVENT_STREAM).path("schema")
                            .path("x-sovplan-event-data");
                    if (extension instanceof ObjectNode data && inlined.containsKey(data.path("$ref").asText())) {
                        ObjectNode schema = inlined.get(data.path("$ref").asText());
                        data.removeAll();
                        data.setAll(schema.deepCopy());
                    }
                }));
        Set<String> named = new LinkedHashSet<>();
        collectRefs(merged.path("paths"), schemas, named);
        for (String name : events) {
            if (!named.contains(name)) {
                schemas.remove(name);
            }
        }
    }

    // ------------------------------------------------------------------ required and nullable answers

    private static void answersAsSent(ObjectNode merged, ObjectNode schemas) {
        Set<String> read = new LinkedHashSet<>();
        Set<String> answered = new LinkedHashSet<>();
        forEachOperation(merged, (path, method, operation) -> {
            collectRefs(operation.path("requestBody"), schemas, read);
            collectRefs(operation.path("parameters"), schemas, read);
            collectRefs(operation.path("responses"), schemas, answered);
        });
        for (String name : answered) {
            if (read.contains(name) || SPARSE_SCHEMAS.contains(name) || !(schemas.get(name) instanceof ObjectNode schema)) {
                continue;
            }
            markAsSent(schema);
        }
    }

    private static void markAsSent(ObjectNode schema) {
        if (!(schema.get("properties") instanceof ObjectNode properties)) {
            return;
        }
        Set<String> required = new LinkedHashSet<>();
        schema.path("required").forEach(name -> required.add(name.asText()));
        ArrayNode all = NODES.arrayNode();
        for (Map.Entry<String, JsonNode> property : List.copyOf(properties.properties())) {
            all.add(property.getKey());
            if (!required.contains(property.getKey()) && property.getValue() instanceof ObjectNode value
                    && !value.path(NEVER_NULL).asBoolean(false)) {
                properties.set(property.getKey(), nullable(value));
            }
        }
        schema.set("required", all);
    }

    /** {@code type: X} becomes {@code type: [X, "null"]}; a {@code $ref} becomes {@code anyOf: [$ref, null]}. */
    private static ObjectNode nullable(ObjectNode property) {
        JsonNode type = property.get("type");
        if (type != null && type.isTextual()) {
            property.set("type", NODES.arrayNode().add(type.asText()).add("null"));
            return property;
        }
        if (type != null && type.isArray()) {
            ArrayNode types = (ArrayNode) type;
            boolean hasNull = false;
            for (JsonNode t : types) {
                hasNull |= t.asText().equals("null");
            }
            if (!hasNull) {
                types.add("null");
            }
            return property;
        }
        if (property.has("$ref")) {
            ObjectNode wrapped = NODES.objectNode();
            ArrayNode anyOf = wrapped.putArray("anyOf");
            anyOf.add(NODES.objectNode().put("$ref", property.get("$ref").asText()));
            anyOf.add(NODES.objectNode().put("type", "null"));
            property.properties().forEach(field -> {
                if (!field.getKey().equals("$ref")) {
                    wrapped.set(field.getKey(), field.getValue());
                }
            });
            return wrapped;
        }
        return property;
    }

    /** The component schemas a part of the document refers to, directly or through other schemas. */
    private static void collectRefs(JsonNode start, ObjectNode schemas, Set<String> found) {
        Deque<JsonNode> pending = new ArrayDeque<>();
        pending.push(start);
        while (!pending.isEmpty()) {
            JsonNode node = pending.pop();
            if (node instanceof ObjectNode object) {
                String ref = object.path("$ref").asText("");
                if (ref.startsWith(SCHEMA_REF)) {
                    String name = ref.substring(SCHEMA_REF.length());
                    if (found.add(name) && schemas.has(name)) {
                        pending.push(schemas.get(name));
                    }
                }
                object.properties().forEach(field -> pending.push(field.getValue()));
            } else if (node instanceof ArrayNode array) {
                array.forEach(pending::push);
            }
        }
    }

    // ------------------------------------------------------------------ headers

    private static void declareHeaders(ObjectNode merged) {
        if (!(merged.path("components") instanceof ObjectNode components)) {
            return;
        }
        ObjectNode headers = components.has("headers") ? (ObjectNode) components.get("headers")
                : components.putObject("headers");
        header(headers, "Location", "The absolute URL of the resource, at the address the client used", "uri");
        header(headers, "ETag", "The resource's version as an entity tag; send it back in If-Match to update", null);
        ObjectNode retryAfter = header(headers, "Retry-After", "Seconds to wait before retrying", null);
        retryAfter.putObject("schema").put("type", "integer").put("minimum", 0);
        header(headers, "Idempotent-Replayed",
                "true when this is the stored answer to an earlier request with the same Idempotency-Key", null);
        JsonNode schemas = components.path("schemas");
        forEachOperation(merged, (path, method, operation) -> {
            boolean idempotent = false;
            for (JsonNode parameter : operation.path("parameters")) {
                idempotent |= parameter.path("name").asText().equals("Idempotency-Key");
            }
            if (idempotent && operation.get("responses") instanceof ObjectNode responses) {
                documentIdempotencyRefusals(responses);
            }
            for (Map.Entry<String, JsonNode> response : operation.path("responses").properties()) {
                if (!(response.getValue() instanceof ObjectNode answer) || answer.has("$ref")) {
                    continue;
                }
                String code = response.getKey();
                if (code.equals("201") || code.equals("202")) {
                    refHeader(answer, "Location");
                }
                if ((code.equals("200") || code.equals("201")) && carriesVersion(answer, schemas)) {
                    refHeader(answer, "ETag");
                }
                if (code.equals("429") || code.equals("503")) {
                    refHeader(answer, "Retry-After");
                }
                if (idempotent && code.startsWith("2")) {
                    refHeader(answer, "Idempotent-Replayed");
                }
            }
        });
        for (Map.Entry<String, JsonNode> response : components.path("responses").properties()) {
            if (response.getKey().equals("TooManyRequests") || response.getKey().equals("ServiceUnavailable")) {
                ObjectNode answer = (ObjectNode) response.getValue();
                answer.remove("headers");
                refHeader(answer, "Retry-After");
            }
        }
    }

    /** The shared Idempotency-Key filter's answers: 422 for a key reused with another request, 409 while running. */
    private static void documentIdempotencyRefusals(ObjectNode responses) {
        Map<String, String> refusals = Map.of(
                "409", "A request with this Idempotency-Key is still running; retry once it has answered",
                "422", "The Idempotency-Key was used for another request (method, path, query or body differ)");
        refusals.forEach((code, description) -> {
            if (!responses.has(code)) {
                ObjectNode answer = responses.putObject(code).put("description", description);
                answer.putObject("content").putObject("application/problem+json").putObject("schema")
                        .put("$ref", SCHEMA_REF + "Problem");
            }
        });
        java.util.TreeMap<String, JsonNode> sorted = new java.util.TreeMap<>();
        responses.properties().forEach(entry -> sorted.put(entry.getKey(), entry.getValue()));
        responses.removeAll();
        sorted.forEach(responses::set);
    }

    private static ObjectNode header(ObjectNode headers, String name, String description, String format) {
        ObjectNode header = headers.putObject(name).put("description", description);
        ObjectNode schema = header.putObject("schema").put("type", "string");
        if (format != null) {
            schema.put("format", format);
        }
        return header;
    }

    private static void refHeader(ObjectNode answer, String name) {
        ObjectNode headers = answer.has("headers") ? (ObjectNode) answer.get("headers") : answer.putObject("headers");
        headers.set(name, NODES.objectNode().put("$ref", HEADER_REF + name));
    }

    private static boolean carriesVersion(ObjectNode answer, JsonNode schemas) {
        String ref = answer.path("content").path("application/json").path("schema").path("$ref").asText("");
        return ref.startsWith(SCHEMA_REF)
                && schemas.path(ref.substring(SCHEMA_REF.length())).path("properties").has("version");
    }

    // ------------------------------------------------------------------ walking

    interface OperationVisitor {
        void visit(String path, String method, ObjectNode operation);
    }

    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options");

    static void forEachOperation(ObjectNode merged, OperationVisitor visitor) {
        List<Map.Entry<String, JsonNode>> paths = new ArrayList<>(merged.path("paths").properties());
        for (Map.Entry<String, JsonNode> path : paths) {
            for (Map.Entry<String, JsonNode> operation : path.getValue().properties()) {
                if (METHODS.contains(operation.getKey()) && operation.getValue() instanceof ObjectNode op) {
                    visitor.visit(path.getKey(), operation.getKey(), op);
                }
            }
        }
    }
}
