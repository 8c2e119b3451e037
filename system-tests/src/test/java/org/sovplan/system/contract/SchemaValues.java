package org.sovplan.system.contract;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.curiousoddman.rgxgen.RgxGen;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Values drawn from a JSON schema of the contract with a seeded {@link Random}: valid ones (examples, enum
 * members, boundary values, formats) and hostile ones (wrong types, values just past a bound, over-long
 * strings, control characters). The same seed draws the same values.
 */
public final class SchemaValues {

    static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    /** Characters that must never reach a database or a log unescaped; sent in bodies, paths and queries. */
    static final List<String> HOSTILE_TEXT = List.of("\u0000", "nul\u0000byte", "\u202Eevil", "bell\u0007",
            "line\nbreak", "' OR 1=1 --", "<script>x</script>", "%00", "..%2F..%2Fetc", "\uD83D\uDE00 emoji",
            "\uFFFF", "   ");

    private final ContractSpec spec;
    private final Random random;

    public SchemaValues(ContractSpec spec, Random random) {
        this.spec = spec;
        this.random = random;
    }

    /** A value the schema accepts: an example, an enum member, a number within bounds, a string its pattern matches. */
    public JsonNode valid(JsonNode schema, int depth) {
        JsonNode s = spec.resolve(schema);
        if (s == null || s.isMissingNode()) {
            return JSON.textNode("x");
        }
        JsonNode alternative = firstAlternative(s);
        if (alternative != null) {
            return withExample(s, valid(alternative, depth));
        }
        if (s.has("enum")) {
            List<JsonNode> members = new ArrayList<>();
            s.get("enum").forEach(e -> {
                if (!e.isNull()) {
                    members.add(e);
                }
            });
            return members.get(random.nextInt(members.size()));
        }
        if (s.has("examples") && s.get("examples").size() > 0 && random.nextInt(4) > 0) {
            return s.get("examples").get(0).deepCopy();
        }
        return switch (type(s)) {
            case "integer", "number" -> number(s);
            case "boolean" -> JSON.booleanNode(random.nextBoolean());
            case "array" -> array(s, depth);
            case "object" -> object(s, depth);
            default -> string(s);
        };
    }

    private JsonNode withExample(JsonNode s, JsonNode drawn) {
        if (s.has("examples") && s.get("examples").size() > 0 && random.nextBoolean()) {
            return s.get("examples").get(0).deepCopy();
        }
        return drawn;
    }

    /** A value of another JSON type than the schema's, or just outside its bounds. */
    public JsonNode invalid(JsonNode schema) {
        JsonNode s = spec.resolve(schema);
        JsonNode alternative = s == null ? null : firstAlternative(s);
        if (alternative != null) {
            s = spec.resolve(alternative);
        }
        String type = s == null ? "string" : type(s);
        int pick = random.nextInt(4);
        return switch (type) {
            case "integer", "number" -> switch (pick) {
                case 0 -> JSON.textNode("not-a-number");
                case 1 -> s.has("maximum") ? JSON.numberNode(s.get("maximum").decimalValue().add(BigDecimal.ONE))
                        : JSON.numberNode(new BigDecimal("1e400"));
                case 2 -> s.has("minimum") ? JSON.numberNode(s.get("minimum").decimalValue().subtract(BigDecimal.ONE))
                        : s.has("exclusiveMinimum") ? s.get("exclusiveMinimum") : JSON.numberNode(-1);
                default -> "integer".equals(type) ? JSON.numberNode(new BigDecimal("1.5")) : JSON.booleanNode(true);
            };
            case "boolean" -> pick < 2 ? JSON.textNode("maybe") : JSON.numberNode(2);
            case "array" -> pick < 2 ? JSON.textNode("not-an-array") : tooManyItems(s);
            case "object" -> pick < 2 ? JSON.arrayNode().add(1) : JSON.textNode("not-an-object");
            default -> switch (pick) {
                case 0 -> JSON.numberNode(42);
                case 1 -> JSON.textNode(overLong(s));
                case 2 -> JSON.textNode(hostileText());
                default -> s.has("enum") || s.has("pattern") || s.has("format") ? JSON.textNode("NOT_A_MEMBER")
                        : JSON.objectNode().put("nested", true);
            };
        };
    }

    String hostileText() {
        return HOSTILE_TEXT.get(random.nextInt(HOSTILE_TEXT.size()));
    }

    /** A string one past the schema's maxLength, or 10,000 characters where it has none. */
    static String overLong(JsonNode s) {
        int length = s != null && s.has("maxLength") ? s.get("maxLength").asInt() + 1 : 10_000;
        return "x".repeat(length);
    }

    private JsonNode tooManyItems(JsonNode s) {
        int count = s.has("maxItems") ? Math.min(s.get("maxItems").asInt() + 1, 6000) : 1;
        ArrayNode items = JSON.arrayNode();
        for (int i = 0; i < count; i++) {
            items.add(JSON.textNode("x"));
        }
        return items;
    }

    private JsonNode firstAlternative(JsonNode s) {
        for (String key : List.of("anyOf", "oneOf", "allOf")) {
            if (s.has(key)) {
                for (JsonNode alternative : s.get(key)) {
                    if (!"null".equals(spec.resolve(alternative).path("type").asText())) {
                        return alternative;
                    }
                }
            }
        }
        return null;
    }

    /** The schema's type, the non-null one of a 3.1 type array. */
    static String type(JsonNode s) {
        JsonNode type = s.get("type");
        if (type == null) {
            return s.has("properties") ? "object" : "string";
        }
        if (type.isArray()) {
            for (JsonNode t : type) {
                if (!"null".equals(t.asText())) {
                    return t.asText();
                }
            }
            return "null";
        }
        return type.asText();
    }

    private JsonNode number(JsonNode s) {
        boolean integer = "integer".equals(type(s));
        BigDecimal min = s.has("minimum") ? s.get("minimum").decimalValue()
                : s.has("exclusiveMinimum") ? s.get("exclusiveMinimum").decimalValue().add(integer ? BigDecimal.ONE
                        : new BigDecimal("0.001")) : BigDecimal.ZERO;
        BigDecimal max = s.has("maximum") ? s.get("maximum").decimalValue() : min.add(BigDecimal.valueOf(1000));
        BigDecimal value = switch (random.nextInt(3)) {
            case 0 -> min;
            case 1 -> max;
            default -> min.add(max.subtract(min).multiply(BigDecimal.valueOf(random.nextDouble())));
        };
        if (integer) {
            return JSON.numberNode(value.setScale(0, java.math.RoundingMode.DOWN).longValueExact());
        }
        int scale = s.has("multipleOf") ? Math.max(0, s.get("multipleOf").decimalValue().stripTrailingZeros().scale()) : 3;
        BigDecimal rounded = value.setScale(scale, java.math.RoundingMode.DOWN);
        if (rounded.compareTo(min) < 0) {
            rounded = rounded.add(BigDecimal.ONE.movePointLeft(scale));
        }
        return JSON.numberNode(rounded.stripTrailingZeros());
    }

    private JsonNode string(JsonNode s) {
        String format = s.path("format").asText("");
        return switch (format) {
            case "uuid" -> JSON.textNode(new UUID(random.nextLong(), random.nextLong()).toString());
            case "date" -> JSON.textNode("2027-0" + (1 + random.nextInt(9)) + "-1" + random.nextInt(10));
            case "date-time" -> JSON.textNode("2027-03-01T" + (10 + random.nextInt(14)) + ":00:00Z");
            default -> {
                int max = s.has("maxLength") ? s.get("maxLength").asInt() : 40;
                int min = s.has("minLength") ? s.get("minLength").asInt() : 1;
                int length = random.nextInt(4) == 0 ? max : Math.min(max, Math.max(min, 1 + random.nextInt(12)));
                StringBuilder text = new StringBuilder();
                while (text.length() < length) {
                    text.append((char) ('A' + random.nextInt(26)));
                }
                boolean matches = !s.has("pattern")
                        || java.util.regex.Pattern.compile(s.get("pattern").asText()).matcher(text).find();
                yield JSON.textNode(matches ? text.toString() : matching(s));
            }
        };
    }

    /**
     * A string the schema's {@code pattern} matches (drawn by RgxGen from the same {@link Random}) and whose length
     * keeps to {@code minLength}/{@code maxLength}; a few draws, since a pattern may allow lengths the bounds do not.
     * JSON Schema patterns are not anchored: a match anywhere is a match, so RgxGen's whole-string match is one.
     */
    private String matching(JsonNode s) {
        String pattern = s.get("pattern").asText();
        int max = s.path("maxLength").asInt(Integer.MAX_VALUE);
        int min = s.path("minLength").asInt(0);
        // Anchors only say where the match is; RgxGen draws the string between them.
        String body = pattern.replaceFirst("^\\^", "").replaceFirst("(?<!\\\\)\\$$", "");
        RgxGen generator = new RgxGen(body);
        java.util.regex.Pattern check = java.util.regex.Pattern.compile(pattern);
        for (int attempt = 0; attempt < 20; attempt++) {
            String drawn = generator.generate(random);
            if (drawn.length() >= min && drawn.length() <= max && check.matcher(drawn).find()) {
                return drawn;
            }
        }
        throw new IllegalStateException("no string of length " + min + ".." + max + " drawn for pattern " + pattern);
    }

    private JsonNode array(JsonNode s, int depth) {
        ArrayNode items = JSON.arrayNode();
        int min = s.path("minItems").asInt(0);
        int count = depth > 3 ? min : Math.max(min, random.nextInt(3));
        for (int i = 0; i < count; i++) {
            items.add(valid(s.path("items"), depth + 1));
        }
        return items;
    }

    private JsonNode object(JsonNode s, int depth) {
        ObjectNode object = JSON.objectNode();
        List<String> required = new ArrayList<>();
        s.path("required").forEach(r -> required.add(r.asText()));
        for (var property : s.path("properties").properties()) {
            if (required.contains(property.getKey()) || (depth < 3 && random.nextBoolean())) {
                object.set(property.getKey(), valid(property.getValue(), depth + 1));
            }
        }
        return object;
    }
}
