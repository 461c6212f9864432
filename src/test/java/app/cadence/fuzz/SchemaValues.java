package app.cadence.fuzz;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.function.Consumer;

import com.fasterxml.jackson.databind.JsonNode;

import net.jqwik.api.Arbitraries;

/**
 * Values for the schemas of the OpenAPI document: valid ones (within every documented bound, known
 * ids where a property names one), and mutations of a valid value at one place (another JSON type,
 * text with control characters, lone surrogates or bidirectional overrides, too long, a code that is
 * almost right, a number or date out of range, a missing or unknown property, far too many items).
 * Strings come from jqwik's generators (sampled outside a jqwik property, since the test runs under
 * Quarkus); {@link #seed} makes them and every other choice repeatable.
 */
final class SchemaValues {

    private static final String[] NASTY = { "\u0000", "Mi\u0000la", "\u0007bell", "tab\there", "line\nbreak",
        "\u202Eevil", "\u2066iso\u2069", "\ud800", "x\udc00y", "\uFFFF", "\u0085", "  padded  ", "", " ",
        "' or 1=1 --", "%00", "${jndi:ldap://x}", "<script>", "\u00e9\u00e8", "\uD83C\uDFB5" };

    private final JsonNode schemas;
    private final Random random;
    private final FuzzWorld world;
    private final Iterator<String> anyText = Arbitraries.strings().all().ofMaxLength(40).sampleStream().iterator();
    private final Iterator<String> words = Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(12).sampleStream()
            .iterator();

    /** Seeds jqwik's sampling on this thread, which draws from jqwik's current source of randomness. */
    static void seed(long seed) {
        net.jqwik.engine.SourceOfRandomness.create(Long.toString(seed));
    }

    SchemaValues(JsonNode schemas, Random random, FuzzWorld world) {
        this.schemas = schemas;
        this.random = random;
        this.world = world;
    }

    JsonNode resolve(JsonNode schema) {
        JsonNode resolved = schema;
        while (resolved.has("$ref")) {
            resolved = schemas.path(resolved.path("$ref").asText().replace("#/components/schemas/", ""));
        }
        if (resolved.has("allOf") && resolved.path("allOf").size() == 1) {
            return resolve(resolved.path("allOf").get(0));
        }
        return resolved;
    }

    /** A valid value of the schema; {@code name} is the property or parameter it is for. */
    Object valid(JsonNode schema, String name, int depth) {
        JsonNode s = resolve(schema);
        if (s.has("enum")) {
            return s.path("enum").get(random.nextInt(s.path("enum").size())).asText();
        }
        String type = s.path("type").asText("object");
        switch (type) {
            case "string":
                return validString(s, name);
            case "integer":
                return (long) between(s.path("minimum").asDouble(0), s.path("maximum").asDouble(s.path("minimum").asDouble(0) + 20));
            case "number":
                return BigDecimal.valueOf(Math.round(between(s.path("minimum").asDouble(0),
                        s.path("maximum").asDouble(100)) * 100) / 100.0);
            case "boolean":
                return random.nextBoolean();
            case "array": {
                List<Object> items = new ArrayList<>();
                int max = Math.min(s.path("maxItems").asInt(3), 2);
                int count = Math.max(s.path("minItems").asInt(0), random.nextInt(max + 1));
                for (int i = 0; i < count && depth < 6; i++) {
                    Object item = valid(s.path("items"), name, depth + 1);
                    if (!s.path("uniqueItems").asBoolean() || !items.contains(item)) {
                        items.add(item);
                    }
                }
                return items;
            }
            default: {
                Map<String, Object> object = new LinkedHashMap<>();
                List<String> required = new ArrayList<>();
                s.path("required").forEach(r -> required.add(r.asText()));
                for (Map.Entry<String, JsonNode> property : s.path("properties").properties()) {
                    if (depth < 6 && (required.contains(property.getKey()) || random.nextInt(10) < 6)) {
                        object.put(property.getKey(), valid(property.getValue(), property.getKey(), depth + 1));
                    }
                }
                return object;
            }
        }
    }

    private String validString(JsonNode s, String name) {
        String known = world.id(name, random);
        String format = s.path("format").asText("");
        if (known != null && (format.equals("uuid") || name.endsWith("Id") || name.equals("code"))) {
            return known;
        }
        if (s.has("example") && random.nextBoolean()) {
            return s.path("example").asText();
        }
        switch (format) {
            case "uuid":
                return UUID.randomUUID().toString();
            case "date":
                return name.equals("birthDate") ? LocalDate.of(2010 + random.nextInt(12), 1 + random.nextInt(12), 1 + random.nextInt(28)).toString()
                        : name.equals("targetDate") ? LocalDate.now().plusDays(10 + random.nextInt(300)).toString()
                        : FuzzWorld.recentDay(random);
            case "date-time":
                return OffsetDateTime.now(ZoneOffset.ofHours(-5)).minusHours(1 + random.nextInt(500)).withNano(0).toString();
            default:
                break;
        }
        if (s.has("pattern")) {
            String pattern = s.path("pattern").asText();
            if (pattern.startsWith("^[a-z]")) {
                return "fz-" + Long.toHexString(random.nextLong() & 0xffffffffL);
            }
            if (pattern.contains("|")) {
                return "urn:oid:1.2|MRN-" + random.nextInt(1000);
            }
            if (pattern.contains("0-9")) {
                return "+1 555 0" + (100 + random.nextInt(800));
            }
        }
        if (name.equals("email")) {
            return "fz" + random.nextInt(1000) + "@staff.example.org";
        }
        String word = words.next();
        int max = s.path("maxLength").asInt(100);
        return word.length() > max ? word.substring(0, max) : word;
    }

    /** A place in a value tree that a mutation can change, with the schema it is held to. */
    private record Slot(JsonNode schema, Object value, Consumer<Object> set, Runnable remove, Map<String, Object> object) {
    }

    /** The value with one place changed so that the request is no longer valid (or only barely is). */
    Object mutate(Object value, JsonNode schema) {
        List<Slot> slots = new ArrayList<>();
        Object[] root = { value };
        slots.add(new Slot(schema, value, v -> root[0] = v, null, value instanceof Map<?, ?> ? castMap(value) : null));
        collect(value, schema, slots, 0);
        Slot slot = slots.get(random.nextInt(slots.size()));
        Object mutated = mutation(slot);
        if (mutated == REMOVE && slot.remove() != null) {
            slot.remove().run();
        } else if (mutated != REMOVE) {
            slot.set().accept(mutated);
        }
        return root[0];
    }

    private static final Object REMOVE = new Object();

    private Object mutation(Slot slot) {
        JsonNode s = resolve(slot.schema());
        Object value = slot.value();
        int choice = random.nextInt(14);
        switch (choice) {
            case 0:
                return wrongType(value);
            case 1:
                return NASTY[random.nextInt(NASTY.length)];
            case 2:
                return anyText.next();
            case 3:
                return "x".repeat(s.path("maxLength").asInt(100) + 1 + random.nextInt(3) * 5000);
            case 4:
                if (s.has("enum")) {
                    String code = s.path("enum").get(0).asText();
                    return switch (random.nextInt(4)) {
                        case 0 -> code + " ";
                        case 1 -> code.toUpperCase();
                        case 2 -> "unknown-" + code;
                        default -> " " + code;
                    };
                }
                return null;
            case 5:
                return switch (random.nextInt(6)) {
                    case 0 -> -1;
                    case 1 -> new BigDecimal("1e30");
                    case 2 -> 2.5;
                    case 3 -> Long.MAX_VALUE;
                    case 4 -> new BigDecimal("123456789012.123");
                    default -> 0;
                };
            case 6:
                return switch (random.nextInt(7)) {
                    case 0 -> "+99999-01-01";
                    case 1 -> "1850-01-01";
                    case 2 -> "2025-02-30";
                    case 3 -> "2025-03-05T10:00:00";
                    case 4 -> OffsetDateTime.now().plusYears(7).toString();
                    case 5 -> "-5000-01-01T00:00:00Z";
                    default -> "yesterday";
                };
            case 7:
                return UUID.randomUUID().toString();
            case 8:
                return REMOVE;
            case 9:
                if (slot.object() != null) {
                    slot.object().put("unexpected" + random.nextInt(3), "value");
                    return slot.object();
                }
                return null;
            case 10: {
                List<Object> many = new ArrayList<>();
                Object item = value instanceof List<?> list && !list.isEmpty() ? list.get(0) : "item";
                for (int i = 0; i < 50 + random.nextInt(3) * 5000; i++) {
                    many.add(item);
                }
                return many;
            }
            case 11:
                return Map.of();
            case 12:
                return List.of();
            default:
                return value instanceof String text ? text + NASTY[random.nextInt(NASTY.length)] : null;
        }
    }

    private Object wrongType(Object value) {
        if (value instanceof String) {
            return random.nextBoolean() ? 12345 : true;
        }
        if (value instanceof Number) {
            return random.nextBoolean() ? String.valueOf(value) : false;
        }
        if (value instanceof Boolean b) {
            return random.nextBoolean() ? String.valueOf(b) : 1;
        }
        if (value instanceof List<?>) {
            return "not a list";
        }
        return random.nextBoolean() ? "not an object" : 7;
    }

    @SuppressWarnings("unchecked")
    private void collect(Object value, JsonNode schema, List<Slot> slots, int depth) {
        if (depth > 8) {
            return;
        }
        JsonNode s = resolve(schema);
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> object = (Map<String, Object>) map;
            for (Map.Entry<String, Object> entry : new ArrayList<>(object.entrySet())) {
                JsonNode propertySchema = s.path("properties").path(entry.getKey());
                String key = entry.getKey();
                slots.add(new Slot(propertySchema, entry.getValue(), v -> object.put(key, v), () -> object.remove(key),
                        entry.getValue() instanceof Map<?, ?> ? castMap(entry.getValue()) : null));
                collect(entry.getValue(), propertySchema, slots, depth + 1);
            }
        } else if (value instanceof List<?> raw) {
            List<Object> list = (List<Object>) raw;
            for (int i = 0; i < list.size(); i++) {
                int index = i;
                Object item = list.get(i);
                slots.add(new Slot(s.path("items"), item, v -> list.set(index, v), () -> list.remove(index),
                        item instanceof Map<?, ?> ? castMap(item) : null));
                collect(item, s.path("items"), slots, depth + 1);
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> castMap(Object value) {
        return (Map<String, Object>) value;
    }

    /** A deep copy whose maps and lists may be changed. */
    @SuppressWarnings("unchecked")
    static Object copy(Object value) {
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> copy = new LinkedHashMap<>();
            ((Map<String, Object>) map).forEach((k, v) -> copy.put(k, copy(v)));
            return copy;
        }
        if (value instanceof List<?> list) {
            List<Object> copy = new ArrayList<>();
            for (Iterator<?> it = list.iterator(); it.hasNext();) {
                copy.add(copy(it.next()));
            }
            return copy;
        }
        return value;
    }

    /** A value for a query parameter: valid, or mutated into something the server must refuse politely. */
    String parameter(JsonNode schema, String name, boolean mutate) {
        if (!mutate) {
            Object value = valid(schema, name, 0);
            return String.valueOf(value);
        }
        return switch (random.nextInt(8)) {
            case 0 -> NASTY[random.nextInt(NASTY.length)];
            case 1 -> "-1";
            case 2 -> "99999999999999999999";
            case 3 -> "x".repeat(600);
            case 4 -> anyText.next();
            case 5 -> "+99999-01-01T00:00:00Z";
            case 6 -> "AAAA" + Long.toHexString(random.nextLong());
            default -> "active ";
        };
    }

    private double between(double min, double max) {
        return max <= min ? min : min + random.nextDouble() * (max - min);
    }
}
