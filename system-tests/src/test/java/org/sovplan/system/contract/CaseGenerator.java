package org.sovplan.system.contract;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Draws requests for the operations of the contract from their parameter and body schemas: valid ones (real
 * ids, examples, boundary values) and invalid ones (unknown and malformed ids, wrong types, values past a bound,
 * missing required fields, unknown fields, over-long and hostile strings, broken JSON, wrong media types, odd
 * preconditions). Every draw comes from one seeded {@link Random}, so a seed gives the same requests again.
 */
public final class CaseGenerator {

    /** Who sends: the dev realm's admin, planner (KE) and viewer, nobody, and a token no one issued. */
    public static final List<String> ROLES = List.of("ada", "paul", "vera", "anonymous", "bad-token");
    private static final List<String> ACCEPTS = List.of("", "application/json", "application/problem+json", "*/*",
            "application/json, application/problem+json");
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final ContractSpec spec;
    private final Random random;
    private final SchemaValues values;
    private final KnownIds known;
    private int number;

    public CaseGenerator(ContractSpec spec, long seed, KnownIds known) {
        this.spec = spec;
        this.random = new Random(seed);
        this.values = new SchemaValues(spec, random);
        this.known = known;
    }

    /** {@code perOperation} requests for each operation, every role taking its turn, about a third valid. */
    public List<ContractCase> generate(List<ContractSpec.Operation> operations, int perOperation) {
        List<ContractCase> cases = new ArrayList<>();
        for (ContractSpec.Operation operation : operations) {
            for (int i = 0; i < perOperation; i++) {
                String role = ROLES.get(i % ROLES.size());
                cases.add(draw(operation, role, i % 3 == 0 || (i < ROLES.size() * 2 && i % 2 == 0)));
            }
        }
        return cases;
    }

    private ContractCase draw(ContractSpec.Operation op, String role, boolean valid) {
        List<String> mutations = valid ? List.of() : applicableMutations(op);
        String mutation = mutations.isEmpty() ? "valid" : mutations.get(random.nextInt(mutations.size()));
        Map<String, String> headers = new LinkedHashMap<>();
        String accept = ACCEPTS.get(random.nextInt(ACCEPTS.size()));
        if (!accept.isEmpty()) {
            headers.put("Accept", accept);
        }
        String path = path(op, mutation);
        String query = query(op, mutation);
        byte[] body = null;
        if (!op.bodies().isEmpty() && !(mutation.equals("body-absent"))) {
            ContractSpec.Body media = op.bodies().get(random.nextInt(op.bodies().size()));
            body = body(op, media, mutation, headers);
        }
        for (ContractSpec.Parameter p : op.parameters()) {
            if ("header".equals(p.in())) {
                header(p.name(), mutation, headers);
            }
        }
        String variant = mutation.equals("valid") ? "valid" : mutation + ":" + detail;
        detail = "";
        return new ContractCase(++number, op, role, mutation.equals("valid") ? "valid" : variant,
                path + (query.isEmpty() ? "" : "?" + query), headers, body);
    }

    /** What the last mutation picked (a parameter or field name), for the printed variant. */
    private String detail = "";

    private List<String> applicableMutations(ContractSpec.Operation op) {
        List<String> kinds = new ArrayList<>();
        if (op.parameters().stream().anyMatch(p -> "path".equals(p.in()))) {
            kinds.addAll(List.of("path-unknown-id", "path-malformed", "path-hostile"));
        }
        if (op.parameters().stream().anyMatch(p -> "query".equals(p.in()))) {
            kinds.addAll(List.of("query-invalid", "query-hostile", "query-boundary"));
        }
        kinds.add("query-unknown");
        if (!op.bodies().isEmpty()) {
            kinds.addAll(List.of("body-wrong-type", "body-missing-required", "body-unknown-field", "body-overlong",
                    "body-hostile-string", "body-malformed", "body-wrong-media-type", "body-absent"));
        }
        if (op.parameters().stream().anyMatch(p -> "If-Match".equals(p.name()))) {
            kinds.add("if-match-stale");
        }
        return kinds;
    }

    private String path(ContractSpec.Operation op, String mutation) {
        List<ContractSpec.Parameter> pathParameters = op.parameters().stream().filter(p -> "path".equals(p.in())).toList();
        ContractSpec.Parameter target = pathParameters.isEmpty() ? null
                : pathParameters.get(random.nextInt(pathParameters.size()));
        String path = op.pathTemplate();
        for (ContractSpec.Parameter p : pathParameters) {
            String value = known.pathValue(op.collection(), p.name());
            if (p == target && mutation.startsWith("path-")) {
                detail = p.name();
                value = switch (mutation) {
                    case "path-unknown-id" -> "uuid".equals(p.schema().path("format").asText())
                            ? UUID.randomUUID().toString() : "ZZ-" + random.nextInt(1000);
                    case "path-malformed" -> List.of("not-an-id", "12345", "x".repeat(300), "-1", "null",
                            "00000000-0000-0000-0000-00000000000G").get(random.nextInt(6));
                    default -> values.hostileText();
                };
            }
            path = path.replace("{" + p.name() + "}", encode(value));
        }
        return path;
    }

    private String query(ContractSpec.Operation op, String mutation) {
        List<ContractSpec.Parameter> queryParameters = op.parameters().stream().filter(p -> "query".equals(p.in())).toList();
        ContractSpec.Parameter target = queryParameters.isEmpty() ? null
                : queryParameters.get(random.nextInt(queryParameters.size()));
        List<String> pairs = new ArrayList<>();
        for (ContractSpec.Parameter p : queryParameters) {
            boolean targeted = p == target && mutation.startsWith("query-") && !mutation.equals("query-unknown");
            if (!targeted && !p.required() && random.nextInt(3) > 0) {
                continue;
            }
            String value;
            if (targeted) {
                detail = p.name();
                value = switch (mutation) {
                    case "query-invalid" -> text(values.invalid(p.schema()));
                    case "query-hostile" -> values.hostileText();
                    default -> boundary(p.schema());
                };
            } else {
                String knownValue = known.fieldValue(p.name());
                value = knownValue != null && random.nextBoolean() ? knownValue : text(values.valid(p.schema(), 1));
            }
            pairs.add(encode(p.name()) + "=" + encode(value));
        }
        if (mutation.equals("query-unknown")) {
            detail = "unexpected";
            pairs.add("unexpected=" + encode(values.hostileText()));
        }
        return String.join("&", pairs);
    }

    private String boundary(JsonNode schema) {
        JsonNode invalid = values.invalid(schema);
        return invalid.isNumber() ? invalid.asText() : "-2147483649";
    }

    private byte[] body(ContractSpec.Operation op, ContractSpec.Body media, String mutation, Map<String, String> headers) {
        String mediaType = media.mediaType().equals("*/*") ? "application/json" : media.mediaType();
        headers.put("Content-Type", mediaType);
        if (mediaType.equals("text/csv")) {
            return csv(media, mutation, headers);
        }
        JsonNode body = media.example() != null && random.nextBoolean() ? media.example().deepCopy()
                : values.valid(media.schema(), 0);
        useKnownIds(body);
        switch (mutation) {
            case "body-wrong-type" -> mutateField(body, media, (name, schema) -> values.invalid(schema));
            case "body-overlong" -> mutateField(body, media, (name, schema) -> SchemaValues.JSON.textNode(
                    SchemaValues.overLong(schema)));
            case "body-hostile-string" -> mutateField(body, media, (name, schema) -> SchemaValues.JSON.textNode(
                    values.hostileText()));
            case "body-missing-required" -> removeRequired(body, media);
            case "body-unknown-field" -> {
                if (body instanceof ObjectNode object) {
                    object.put("unexpectedField" + random.nextInt(10), values.hostileText());
                    detail = "unexpectedField";
                }
            }
            case "body-malformed" -> {
                detail = "json";
                String text = List.of("{", "", "null", "[]", "{\"a\":}", "{\"name\":\"nul\u0000raw\"}", "\"text\"",
                        "{\"version\": 1e99999}").get(random.nextInt(8));
                return text.getBytes(StandardCharsets.UTF_8);
            }
            case "body-wrong-media-type" -> {
                String wrong = List.of("text/plain", "application/xml", "application/x-www-form-urlencoded",
                        "application/json; charset=latin-7").get(random.nextInt(4));
                detail = wrong;
                headers.put("Content-Type", wrong);
            }
            default -> {
            }
        }
        return write(body);
    }

    private byte[] csv(ContractSpec.Body media, String mutation, Map<String, String> headers) {
        String text = media.schema().has("examples") ? media.schema().get("examples").get(0).asText()
                : "timestamp,carbonIntensityGPerKwh,priceUsdPerMwh\n2026-01-01T00:00:00Z,720,55\n";
        if (mutation.startsWith("body-") && !mutation.equals("body-wrong-media-type")) {
            detail = "csv";
            text = List.of("month,hour\nx,y\n", "", "a,b,c\n1,2\n", "month,hour,carbonIntensityGPerKwh,priceUsdPerMwh\n"
                    + "13,25,-1,NaN\n", text + values.hostileText() + ",1,1,1\n").get(random.nextInt(5));
        } else if (mutation.equals("body-wrong-media-type")) {
            detail = "text/plain";
            headers.put("Content-Type", "text/plain");
        }
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** Puts real ids and codes where a body names another resource, and keeps solver runs short. */
    private void useKnownIds(JsonNode body) {
        if (!(body instanceof ObjectNode object)) {
            return;
        }
        for (String name : List.of("siteId", "zoneCode", "gridZoneCode", "regionCode", "userRegionCode", "modelCode")) {
            if (object.has(name)) {
                object.put(name, known.fieldValue(name));
            }
        }
        if (object.has("workloadIds")) {
            object.set("workloadIds", SchemaValues.JSON.arrayNode().add(known.workloadId()));
        }
        if (object.has("timeLimitSeconds")) {
            object.put("timeLimitSeconds", 1);
        }
        if (object.has("carbonPriceScales")) {
            object.set("carbonPriceScales", SchemaValues.JSON.arrayNode().add(1));
        }
        if (object.has("variants")) {
            object.remove("variants");
        }
        if (object.get("filter") instanceof ObjectNode filter && filter.has("regionCode")) {
            filter.put("regionCode", "KE");
        }
    }

    private interface FieldMutation {
        JsonNode apply(String name, JsonNode schema);
    }

    private void mutateField(JsonNode body, ContractSpec.Body media, FieldMutation mutation) {
        JsonNode schema = resolvedSchema(media);
        if (body instanceof ArrayNode array && !array.isEmpty()) {
            schema = spec.resolve(schema.path("items"));
            body = array.get(0);
        }
        List<String> names = new ArrayList<>();
        schema.path("properties").properties().forEach(e -> names.add(e.getKey()));
        if (!(body instanceof ObjectNode object) || names.isEmpty()) {
            detail = "whole-body";
            return;
        }
        String name = names.get(random.nextInt(names.size()));
        detail = name;
        object.set(name, mutation.apply(name, schema.path("properties").get(name)));
    }

    private void removeRequired(JsonNode body, ContractSpec.Body media) {
        JsonNode required = resolvedSchema(media).path("required");
        if (body instanceof ObjectNode object && required.size() > 0) {
            String name = required.get(random.nextInt(required.size())).asText();
            detail = name;
            object.remove(name);
        } else if (body instanceof ArrayNode array && !array.isEmpty() && array.get(0) instanceof ObjectNode row) {
            detail = "rows[0].name";
            row.remove("name");
        } else {
            detail = "none-required";
        }
    }

    private JsonNode resolvedSchema(ContractSpec.Body media) {
        return spec.resolve(media.schema());
    }

    private void header(String name, String mutation, Map<String, String> headers) {
        switch (name) {
            case "If-Match" -> {
                if (mutation.equals("if-match-stale")) {
                    detail = "If-Match";
                    headers.put("If-Match", List.of("\"999\"", "W/\"0\"", "garbage", "\"-1\"").get(random.nextInt(4)));
                } else if (random.nextBoolean()) {
                    headers.put("If-Match", "\"0\"");
                }
            }
            case "Idempotency-Key" -> {
                int draw = random.nextInt(3);
                if (draw == 1) {
                    headers.put("Idempotency-Key", "contract-" + random.nextInt(4));
                } else if (draw == 2) {
                    headers.put("Idempotency-Key", new UUID(random.nextLong(), random.nextLong()).toString());
                }
            }
            default -> {
            }
        }
    }

    private static String text(JsonNode value) {
        return value.isValueNode() ? value.asText() : value.toString();
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static byte[] write(JsonNode body) {
        try {
            return MAPPER.writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
