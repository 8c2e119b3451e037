package org.sovplan.gateway.openapi;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;

/**
 * Builds the platform's one OpenAPI document from the services' committed contracts
 * ({@code <service>/src/main/openapi/openapi.yaml}, whichever exist): paths merged (a path claimed by two
 * services fails), components merged (identical ones kept once, differing ones with the same name fail),
 * tags kept, the gateway as server, one OIDC security scheme for the realm applied globally, and the
 * answers only the gateway gives (413, 429, 502-504) documented on every operation. The output is
 * deterministic, so that the committed {@code openapi/sovplan.yaml} can be compared with a fresh merge.
 *
 * <p>Run it through {@code MergedContractDriftTest} in update mode: {@value #REGENERATE}
 */
public final class OpenApiMerger {

    /** The command that rewrites openapi/sovplan.yaml from the services' committed contracts. */
    public static final String REGENERATE =
            "./mvnw -B -q test -pl gateway -Dtest=MergedContractDriftTest -Dsovplan.openapi.update=true";

    /** The services whose contracts are merged, in this order. */
    public static final List<String> SERVICES = List.of("capacity-service", "energy-service", "placement-service");

    /** Where each service commits its contract, relative to the service's module. */
    public static final Path SERVICE_CONTRACT = Path.of("src/main/openapi/openapi.yaml");

    /** Where the merged contract is committed, relative to the repository root. */
    public static final Path MERGED_CONTRACT = Path.of("openapi/sovplan.yaml");

    static final String SCHEME = "oidc";
    /** The same tokens as a plain bearer scheme, which every client generator understands. */
    static final String BEARER_SCHEME = "bearer";
    static final String DEFAULT_SERVER = "http://localhost:8080";
    static final String DEFAULT_DISCOVERY = "http://127.0.0.1:8180/realms/sovplan/.well-known/openid-configuration";
    private static final String SCHEMA_REF = "#/components/schemas/";
    private static final String PROBLEM_SCHEMA = SCHEMA_REF + "Problem";
    /** How SmallRye OpenAPI names the schemas of the shared {@code PageResponse<T>}. */
    private static final String GENERIC_PAGE_PREFIX = "PageResponse";
    private static final String PROBLEM_MEDIA_TYPE = "application/problem+json";
    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "options", "head", "patch",
            "trace");
    /** Top-level keys the merge composes itself; any other must be the same in every service's contract. */
    private static final Set<String> COMPOSED = Set.of("openapi", "info", "servers", "security", "tags", "paths",
            "components", "externalDocs");

    private static final String HEADER = """
            # The SovPlan platform API, as served by the gateway at /q/openapi.
            # GENERATED from the services' committed contracts (*/src/main/openapi/openapi.yaml); do not edit.
            # Regenerate: %s
            """.formatted(REGENERATE);

    private static final ObjectMapper YAML = new ObjectMapper(YAMLFactory.builder()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
            .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR)
            .enable(YAMLGenerator.Feature.LITERAL_BLOCK_STYLE)
            .disable(YAMLGenerator.Feature.SPLIT_LINES)
            .enable(com.fasterxml.jackson.core.StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .build());

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /** One service's contract. */
    public record ServiceContract(String service, JsonNode document) {
    }

    /** A contract that cannot be merged; the message says what to change. */
    public static final class MergeConflict extends RuntimeException {
        MergeConflict(String message) {
            super(message);
        }
    }

    private OpenApiMerger() {
    }

    /** Rewrites openapi/sovplan.yaml under the repository root given as the only argument (default ".."). */
    public static void main(String[] args) throws IOException {
        Path root = Path.of(args.length > 0 ? args[0] : "..");
        Path target = root.resolve(MERGED_CONTRACT);
        Files.createDirectories(target.getParent());
        Files.writeString(target, render(merge(readCommitted(root))));
    }

    /** The services' committed contracts found under the repository root. */
    public static List<ServiceContract> readCommitted(Path repositoryRoot) {
        List<ServiceContract> contracts = new ArrayList<>();
        for (String service : SERVICES) {
            Path file = repositoryRoot.resolve(service).resolve(SERVICE_CONTRACT);
            if (Files.isRegularFile(file)) {
                contracts.add(new ServiceContract(service, parse(file)));
            }
        }
        return contracts;
    }

    public static JsonNode parse(Path file) {
        try {
            return YAML.readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    public static JsonNode parse(String yaml) {
        try {
            return YAML.readTree(yaml);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    /** The merged document as committed: a generated-file header, then YAML. */
    public static String render(JsonNode merged) {
        try {
            return HEADER + YAML.writeValueAsString(merged);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Merges the contracts; throws {@link MergeConflict} naming the clash when they do not fit together. */
    public static ObjectNode merge(List<ServiceContract> serviceContracts) {
        List<ServiceContract> contracts = serviceContracts.stream().map(OpenApiMerger::namePagesByTheirItems).toList();
        ObjectNode merged = NODES.objectNode();
        merged.put("openapi", commonVersion(contracts));
        copyOtherTopLevelKeys(contracts, merged);
        merged.set("info", info());
        merged.set("servers", NODES.arrayNode().add(NODES.objectNode().put("url", DEFAULT_SERVER)
                .put("description", "The gateway of a local run (./sovplan up); a deployed gateway announces its "
                        + "public URL here (sovplan.gateway.public-url)")));
        merged.set("security", NODES.arrayNode().add(NODES.objectNode().set(SCHEME, NODES.arrayNode()))
                .add(NODES.objectNode().set(BEARER_SCHEME, NODES.arrayNode())));
        merged.set("tags", tags(contracts));
        ObjectNode components = components(contracts);
        merged.set("paths", paths(contracts, components.path("schemas").has("Problem")));
        merged.set("components", components);
        ContractHygiene.apply(merged);
        return merged;
    }

    /**
     * SmallRye OpenAPI names the schemas of the shared generic {@code PageResponse<T>} by order of appearance
     * ({@code PageResponseResponse}, {@code PageResponseResponse1}, ...), so the same name means a page of
     * regions in one service and of grid zones in another. Such a page envelope (items, page, size, total)
     * is renamed after its items ({@code RegionPage}), with every reference to it; any other clash still
     * fails the merge.
     */
    static ServiceContract namePagesByTheirItems(ServiceContract contract) {
        JsonNode schemas = contract.document().path("components").path("schemas");
        Map<String, String> renames = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> schema : schemas.properties()) {
            String items = pageItems(schema.getValue());
            if (schema.getKey().startsWith(GENERIC_PAGE_PREFIX) && items != null) {
                renames.put(schema.getKey(), items + "Page");
            }
        }
        if (renames.isEmpty()) {
            return contract;
        }
        ObjectNode document = contract.document().deepCopy();
        ObjectNode renamed = NODES.objectNode();
        for (Map.Entry<String, JsonNode> schema : document.path("components").path("schemas").properties()) {
            String name = renames.getOrDefault(schema.getKey(), schema.getKey());
            JsonNode existing = renamed.get(name);
            if (existing != null && !existing.equals(schema.getValue())) {
                throw new MergeConflict(contract.service() + " has two different schemas named " + name
                        + " once its pages are named after their items");
            }
            renamed.set(name, schema.getValue());
        }
        ((ObjectNode) document.get("components")).set("schemas", renamed);
        rewriteReferences(document, renames);
        return new ServiceContract(contract.service(), document);
    }

    /** The item schema of a page envelope ({@code items: [$ref X], page, size, total}), or null. */
    private static String pageItems(JsonNode schema) {
        JsonNode properties = schema.path("properties");
        String ref = properties.path("items").path("items").path("$ref").asText("");
        boolean envelope = properties.size() == 4 && properties.has("page") && properties.has("size")
                && properties.has("total") && ref.startsWith(SCHEMA_REF);
        return envelope ? ref.substring(SCHEMA_REF.length()) : null;
    }

    private static void rewriteReferences(JsonNode node, Map<String, String> renames) {
        if (node instanceof ObjectNode object) {
            JsonNode ref = object.get("$ref");
            if (ref != null && ref.isTextual() && ref.asText().startsWith(SCHEMA_REF)) {
                String name = ref.asText().substring(SCHEMA_REF.length());
                if (renames.containsKey(name)) {
                    object.put("$ref", SCHEMA_REF + renames.get(name));
                }
            }
            object.properties().forEach(field -> rewriteReferences(field.getValue(), renames));
        } else if (node instanceof ArrayNode array) {
            array.forEach(element -> rewriteReferences(element, renames));
        }
    }

    private static String commonVersion(List<ServiceContract> contracts) {
        String version = null;
        String from = null;
        for (ServiceContract contract : contracts) {
            String own = contract.document().path("openapi").asText("");
            if (version == null) {
                version = own;
                from = contract.service();
            } else if (!version.equals(own)) {
                throw new MergeConflict("OpenAPI versions differ: " + from + " has " + version + ", "
                        + contract.service() + " has " + own + "; generate every contract with the same Quarkus");
            }
        }
        return version == null || version.isEmpty() ? "3.1.0" : version;
    }

    private static void copyOtherTopLevelKeys(List<ServiceContract> contracts, ObjectNode merged) {
        Map<String, String> firstSeenIn = new LinkedHashMap<>();
        for (ServiceContract contract : contracts) {
            for (Map.Entry<String, JsonNode> field : contract.document().properties()) {
                if (COMPOSED.contains(field.getKey())) {
                    continue;
                }
                JsonNode existing = merged.get(field.getKey());
                if (existing == null) {
                    merged.set(field.getKey(), field.getValue());
                    firstSeenIn.put(field.getKey(), contract.service());
                } else if (!existing.equals(field.getValue())) {
                    throw new MergeConflict("'" + field.getKey() + "' differs between "
                            + firstSeenIn.get(field.getKey()) + " and " + contract.service());
                }
            }
        }
    }

    private static ObjectNode info() {
        return NODES.objectNode()
                .put("title", "SovPlan API")
                .put("version", "1.0.0")
                .put("description", """
                        The SovPlan platform API: regions, sites and accelerator capacity; grid zones, power and \
                        energy quotes; workloads, sizing and placement plans. One entry point, the gateway, \
                        which routes each path to the service that owns it.

                        Every call needs an OIDC bearer token of the sovplan realm (audience sovplan-api). \
                        Roles: viewer reads everything, energy quotes included; planner also writes workloads, \
                        sizing and plans; admin also writes inventory and energy data. Errors are RFC 9457 \
                        problem documents (application/problem+json). Besides each operation's own answers, the \
                        gateway may answer 413 (body too large), 414 (URI too long), 429 (rate limited, see \
                        Retry-After), 431 (headers too large), 502, 503 (service unreachable) and 504 (service too \
                        slow); every answer carries X-Request-Id. Side-effecting POSTs take an Idempotency-Key.
                        """);
    }

    private static ArrayNode tags(List<ServiceContract> contracts) {
        Map<String, JsonNode> tags = new LinkedHashMap<>();
        Map<String, String> owners = new LinkedHashMap<>();
        for (ServiceContract contract : contracts) {
            for (JsonNode tag : contract.document().path("tags")) {
                String name = tag.path("name").asText();
                JsonNode existing = tags.putIfAbsent(name, tag);
                if (existing == null) {
                    owners.put(name, contract.service());
                } else if (!existing.equals(tag)) {
                    throw new MergeConflict("tag '" + name + "' is described differently by " + owners.get(name)
                            + " and " + contract.service() + "; describe it the same way or rename one");
                }
            }
        }
        ArrayNode array = NODES.arrayNode();
        tags.values().forEach(array::add);
        return array;
    }

    private static ObjectNode paths(List<ServiceContract> contracts, boolean problemSchemaKnown) {
        Map<String, JsonNode> paths = new TreeMap<>();
        Map<String, String> owners = new LinkedHashMap<>();
        for (ServiceContract contract : contracts) {
            for (Map.Entry<String, JsonNode> path : contract.document().path("paths").properties()) {
                checkSecurityRequirements(contract.service(), path.getKey(), path.getValue());
                JsonNode existing = paths.putIfAbsent(path.getKey(), path.getValue());
                if (existing == null) {
                    owners.put(path.getKey(), contract.service());
                } else if (!existing.equals(path.getValue())) {
                    throw new MergeConflict("path " + path.getKey() + " is served by both " + owners.get(path.getKey())
                            + " and " + contract.service() + "; a path belongs to one service");
                }
            }
        }
        ObjectNode result = NODES.objectNode();
        paths.forEach((path, item) -> {
            ObjectNode copy = item.deepCopy();
            for (Map.Entry<String, JsonNode> operation : copy.properties()) {
                if (METHODS.contains(operation.getKey()) && operation.getValue() instanceof ObjectNode op) {
                    addGatewayAnswers(op, problemSchemaKnown);
                    acceptBearerToo(op);
                }
            }
            result.set(path, copy);
        });
        return result;
    }

    private static void checkSecurityRequirements(String service, String path, JsonNode item) {
        for (Map.Entry<String, JsonNode> operation : item.properties()) {
            for (JsonNode requirement : operation.getValue().path("security")) {
                for (Map.Entry<String, JsonNode> scheme : requirement.properties()) {
                    if (!scheme.getKey().equals(SCHEME)) {
                        throw new MergeConflict(service + " secures " + operation.getKey().toUpperCase() + " " + path
                                + " with the scheme '" + scheme.getKey() + "'; the platform's scheme is '" + SCHEME
                                + "' (quarkus.smallrye-openapi.security-scheme-name=" + SCHEME + ")");
                    }
                }
            }
        }
    }

    /** Each requirement of the OIDC scheme is met by the bearer scheme too, with the same roles. */
    private static void acceptBearerToo(ObjectNode operation) {
        if (!(operation.get("security") instanceof ArrayNode requirements)) {
            return;
        }
        List<JsonNode> bearer = new ArrayList<>();
        for (JsonNode requirement : requirements) {
            if (requirement.has(SCHEME) && !requirement.has(BEARER_SCHEME)) {
                bearer.add(NODES.objectNode().set(BEARER_SCHEME, requirement.get(SCHEME).deepCopy()));
            }
        }
        bearer.forEach(requirements::add);
    }

    /** Gateway answers any operation can get; a service's own description of the same code wins. */
    private static void addGatewayAnswers(ObjectNode operation, boolean problemSchemaKnown) {
        ObjectNode responses = operation.has("responses") ? (ObjectNode) operation.get("responses")
                : operation.putObject("responses");
        Map<String, String> answers = new LinkedHashMap<>();
        if (operation.has("requestBody")) {
            answers.put("413", "PayloadTooLarge");
        }
        answers.put("414", "UriTooLong");
        answers.put("429", "TooManyRequests");
        answers.put("431", "HeaderFieldsTooLarge");
        answers.put("502", "BadGateway");
        answers.put("503", "ServiceUnavailable");
        answers.put("504", "GatewayTimeout");
        answers.forEach((code, name) -> {
            if (!responses.has(code) && problemSchemaKnown) {
                responses.set(code, NODES.objectNode().put("$ref", "#/components/responses/" + name));
            }
        });
        // Keep the status codes in order, as the services do.
        Map<String, JsonNode> sorted = new TreeMap<>();
        responses.properties().forEach(e -> sorted.put(e.getKey(), e.getValue()));
        responses.removeAll();
        sorted.forEach(responses::set);
    }

    private static ObjectNode components(List<ServiceContract> contracts) {
        Map<String, Map<String, JsonNode>> byType = new TreeMap<>();
        Map<String, String> owners = new LinkedHashMap<>();
        for (ServiceContract contract : contracts) {
            for (Map.Entry<String, JsonNode> type : contract.document().path("components").properties()) {
                if (type.getKey().equals("securitySchemes")) {
                    continue; // replaced by the platform's one scheme below
                }
                Map<String, JsonNode> named = byType.computeIfAbsent(type.getKey(), t -> new TreeMap<>());
                for (Map.Entry<String, JsonNode> component : type.getValue().properties()) {
                    String key = type.getKey() + "." + component.getKey();
                    JsonNode existing = named.putIfAbsent(component.getKey(), component.getValue());
                    if (existing == null) {
                        owners.put(key, contract.service());
                    } else if (!existing.equals(component.getValue())) {
                        throw new MergeConflict("components." + key + " differs between " + owners.get(key) + " and "
                                + contract.service() + "; make them identical (e.g. share the type) or rename one");
                    }
                }
            }
        }
        boolean problemSchemaKnown = byType.getOrDefault("schemas", Map.of()).containsKey("Problem");
        if (problemSchemaKnown) {
            Map<String, JsonNode> responses = byType.computeIfAbsent("responses", t -> new TreeMap<>());
            gatewayResponses().forEach((name, response) -> {
                JsonNode existing = responses.putIfAbsent(name, response);
                if (existing != null && !existing.equals(response)) {
                    throw new MergeConflict("components.responses." + name + " of " + owners.get("responses." + name)
                            + " clashes with the gateway's own answer of that name; rename it");
                }
            });
        }
        Map<String, JsonNode> schemes = new TreeMap<>();
        schemes.put(SCHEME, NODES.objectNode()
                .put("type", "openIdConnect")
                .put("description", "Bearer token of the sovplan realm (Keycloak), audience sovplan-api")
                .put("openIdConnectUrl", DEFAULT_DISCOVERY));
        schemes.put(BEARER_SCHEME, NODES.objectNode()
                .put("type", "http")
                .put("scheme", "bearer")
                .put("bearerFormat", "JWT")
                .put("description", "The same access token of the sovplan realm, sent as Authorization: Bearer "
                        + "<token>; it lives 15 minutes (fetch a new one, or refresh it with the refresh token)"));
        byType.put("securitySchemes", schemes);
        ObjectNode components = NODES.objectNode();
        byType.forEach((type, named) -> {
            ObjectNode node = components.putObject(type);
            named.forEach(node::set);
        });
        return components;
    }

    private static Map<String, JsonNode> gatewayResponses() {
        Map<String, JsonNode> responses = new LinkedHashMap<>();
        responses.put("PayloadTooLarge", problemResponse(
                "The request body is larger than the gateway accepts (5 MB unless configured otherwise)"));
        ObjectNode rateLimited = problemResponse(
                "Too many requests from this caller (per token subject, or per address when anonymous)");
        rateLimited.putObject("headers").putObject("Retry-After")
                .put("description", "Seconds until the next request is accepted")
                .putObject("schema").put("type", "integer");
        responses.put("TooManyRequests", rateLimited);
        responses.put("UriTooLong", problemResponse(
                "The request target (path and query) is longer than the gateway accepts (8192 characters)"));
        responses.put("HeaderFieldsTooLarge", problemResponse(
                "The request's header fields are larger than the gateway accepts (16 KB in all)"));
        responses.put("BadGateway", problemResponse("The service behind the gateway broke off the exchange"));
        responses.put("ServiceUnavailable", problemResponse(
                "The service behind the gateway cannot be reached; retry later"));
        responses.put("GatewayTimeout", problemResponse("The service behind the gateway did not answer in time"));
        return responses;
    }

    private static ObjectNode problemResponse(String description) {
        ObjectNode response = NODES.objectNode().put("description", description);
        response.putObject("content").putObject(PROBLEM_MEDIA_TYPE).putObject("schema").put("$ref", PROBLEM_SCHEMA);
        return response;
    }
}
