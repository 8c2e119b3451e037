package org.sovplan.system.contract;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

/**
 * The operations of the merged contract {@code openapi/sovplan.yaml}, read as a plain JSON tree so that
 * every keyword of OpenAPI 3.1 (type arrays, {@code examples}) is seen as written.
 */
public final class ContractSpec {

    private static final Set<String> METHODS = Set.of("get", "post", "put", "delete", "patch");

    private final JsonNode root;
    private final List<Operation> operations;

    private ContractSpec(JsonNode root) {
        this.root = root;
        this.operations = readOperations();
    }

    public static ContractSpec load(Path file) {
        try {
            return new ContractSpec(new ObjectMapper(new YAMLFactory()).readTree(file.toFile()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public List<Operation> operations() {
        return operations;
    }

    /** The schema a {@code $ref} names, or the node itself; sibling keywords of the reference win. */
    public JsonNode resolve(JsonNode schema) {
        JsonNode current = schema;
        while (current != null && current.has("$ref")) {
            String ref = current.get("$ref").asText();
            JsonNode target = root.at(ref.substring(1));
            if (current.size() == 1) {
                current = target;
            } else {
                ObjectNode merged = ((ObjectNode) target).deepCopy();
                current.properties().forEach(e -> {
                    if (!e.getKey().equals("$ref")) {
                        merged.set(e.getKey(), e.getValue());
                    }
                });
                current = merged;
            }
        }
        return current;
    }

    /** The JSON schema of an operation's answer with {@code status}, or a missing node when it has none. */
    public JsonNode responseSchema(Operation operation, int status) {
        JsonNode response = resolve(root.path("paths").path(operation.pathTemplate())
                .path(operation.method().toLowerCase(java.util.Locale.ROOT)).path("responses")
                .path(String.valueOf(status)));
        return response == null ? com.fasterxml.jackson.databind.node.MissingNode.getInstance()
                : response.path("content").path("application/json").path("schema");
    }

    private List<Operation> readOperations() {
        List<Operation> result = new ArrayList<>();
        Iterator<Map.Entry<String, JsonNode>> paths = root.get("paths").properties().iterator();
        while (paths.hasNext()) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (Map.Entry<String, JsonNode> method : path.getValue().properties()) {
                if (!METHODS.contains(method.getKey())) {
                    continue;
                }
                JsonNode op = method.getValue();
                List<Parameter> parameters = new ArrayList<>();
                for (JsonNode p : op.path("parameters")) {
                    JsonNode param = resolve(p);
                    parameters.add(new Parameter(param.get("name").asText(), param.get("in").asText(),
                            param.path("required").asBoolean(false), resolve(param.path("schema"))));
                }
                List<Body> bodies = new ArrayList<>();
                JsonNode requestBody = resolve(op.path("requestBody"));
                for (Map.Entry<String, JsonNode> media : requestBody.path("content").properties()) {
                    JsonNode example = media.getValue().path("examples").properties().stream().findFirst()
                            .map(e -> resolve(e.getValue()).path("value")).orElse(null);
                    bodies.add(new Body(media.getKey(), media.getValue().path("schema"), example));
                }
                result.add(new Operation(op.path("operationId").asText(), method.getKey().toUpperCase(),
                        path.getKey(), parameters, bodies, requestBody.path("required").asBoolean(false),
                        roles(op)));
            }
        }
        return List.copyOf(result);
    }

    private static List<String> roles(JsonNode op) {
        List<String> roles = new ArrayList<>();
        op.path("security").path(0).properties().stream().findFirst()
                .ifPresent(e -> e.getValue().forEach(r -> roles.add(r.asText())));
        return roles;
    }

    /** One operation of the contract. */
    public record Operation(String id, String method, String pathTemplate, List<Parameter> parameters,
            List<Body> bodies, boolean bodyRequired, List<String> roles) {

        /** The first path segment after {@code /api/v1/}, e.g. {@code sites}. */
        public String collection() {
            return pathTemplate.split("/")[3];
        }
    }

    public record Parameter(String name, String in, boolean required, JsonNode schema) {
    }

    /** A request media type, its schema and the first example the contract gives for it (or null). */
    public record Body(String mediaType, JsonNode schema, JsonNode example) {
    }
}
