package org.prisonsync.simulator;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * A request body read field by field, so that a missing or malformed field answers 400 naming the field (as the
 * NOMIS prisoner API's bean validation does) instead of a generic mapping error.
 */
public final class JsonBody {
    private final JsonNode node;
    private final String prefix;

    private JsonBody(JsonNode node, String prefix) {
        this.node = node;
        this.prefix = prefix;
    }

    /** The body as JSON; an empty body reads as an empty object so optional-only bodies may be left out. */
    public static JsonBody parse(String body, ObjectMapper mapper) {
        if (body == null || body.isBlank()) {
            return new JsonBody(mapper.createObjectNode(), "");
        }
        try {
            JsonNode node = mapper.readTree(body);
            if (!node.isObject()) {
                throw ApiError.badRequest("body must be a JSON object");
            }
            return new JsonBody(node, "");
        } catch (JsonProcessingException e) {
            throw ApiError.badRequest("body is not valid JSON: " + e.getOriginalMessage());
        }
    }

    /** Refuses a field not in {@code fields}, as a strict API does rather than ignoring what it does not know. */
    public JsonBody allowOnly(String... fields) {
        List<String> allowed = Arrays.asList(fields);
        node.fieldNames().forEachRemaining(field -> {
            if (!allowed.contains(field)) {
                throw ApiError.badRequest(prefix + field + " is not a known field; known are " + allowed);
            }
        });
        return this;
    }

    /** A required array of non-blank strings. */
    public List<String> requiredTexts(String field) {
        JsonNode value = required(field);
        if (!value.isArray()) {
            throw invalid(field, "must be an array of strings");
        }
        List<String> texts = new ArrayList<>();
        for (JsonNode item : value) {
            if (!item.isTextual() || item.asText().isBlank()) {
                throw invalid(field, "must be an array of non-blank strings");
            }
            texts.add(item.asText());
        }
        return texts;
    }

    /** An optional whole number within int range. */
    public Optional<Integer> optionalInt(String field) {
        return optionalLong(field).map(value -> {
            if (value < Integer.MIN_VALUE || value > Integer.MAX_VALUE) {
                throw invalid(field, "must be a whole number within int range");
            }
            return value.intValue();
        });
    }

    public JsonNode node() {
        return node;
    }

    public boolean has(String field) {
        JsonNode value = node.get(field);
        return value != null && !value.isNull();
    }

    public JsonBody requiredObject(String field) {
        JsonNode value = required(field);
        if (!value.isObject()) {
            throw invalid(field, "must be an object");
        }
        return new JsonBody(value, prefix + field + ".");
    }

    public String requiredText(String field) {
        JsonNode value = required(field);
        if (!value.isTextual()) {
            throw invalid(field, "must be a string");
        }
        return value.asText();
    }

    public String requiredNonBlank(String field) {
        String value = requiredText(field);
        if (value.isBlank()) {
            throw invalid(field, "must not be blank");
        }
        return value;
    }

    public Optional<String> optionalText(String field) {
        return has(field) ? Optional.of(requiredText(field)) : Optional.empty();
    }

    public String requiredOneOf(String field, String... allowed) {
        String value = requiredText(field);
        if (!Arrays.asList(allowed).contains(value)) {
            throw invalid(field, "must be one of " + Arrays.toString(allowed));
        }
        return value;
    }

    public LocalDateTime requiredDateTime(String field) {
        String text = requiredText(field);
        try {
            return LocalDateTime.parse(text);
        } catch (DateTimeParseException e) {
            throw invalid(field, "must be a local date-time like 2026-11-24T14:00:00");
        }
    }

    public Optional<LocalDateTime> optionalDateTime(String field) {
        return has(field) ? Optional.of(requiredDateTime(field)) : Optional.empty();
    }

    public LocalDate requiredDate(String field) {
        String text = requiredText(field);
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw invalid(field, "must be a date like 2026-11-24");
        }
    }

    public Optional<LocalDate> optionalDate(String field) {
        return has(field) ? Optional.of(requiredDate(field)) : Optional.empty();
    }

    public boolean requiredBoolean(String field) {
        JsonNode value = required(field);
        if (!value.isBoolean()) {
            throw invalid(field, "must be true or false");
        }
        return value.asBoolean();
    }

    public Optional<Boolean> optionalBoolean(String field) {
        return has(field) ? Optional.of(requiredBoolean(field)) : Optional.empty();
    }

    /** A {@code HH:mm} time, returned normalised. */
    public String requiredTime(String field) {
        String text = requiredText(field);
        try {
            return LocalTime.parse(text).toString();
        } catch (DateTimeParseException e) {
            throw invalid(field, "must be a time like 14:30");
        }
    }

    public List<Long> requiredLongs(String field) {
        JsonNode value = required(field);
        if (!value.isArray()) {
            throw invalid(field, "must be an array of ids");
        }
        List<Long> ids = new ArrayList<>();
        for (JsonNode item : value) {
            if (!item.canConvertToLong() || !item.isIntegralNumber()) {
                throw invalid(field, "must be an array of ids");
            }
            ids.add(item.asLong());
        }
        return ids;
    }

    public Optional<List<Long>> optionalLongs(String field) {
        return has(field) ? Optional.of(requiredLongs(field)) : Optional.empty();
    }

    public Optional<Long> optionalLong(String field) {
        if (!has(field)) {
            return Optional.empty();
        }
        JsonNode value = node.get(field);
        if (!value.isIntegralNumber() || !value.canConvertToLong()) {
            throw invalid(field, "must be a whole number");
        }
        return Optional.of(value.asLong());
    }

    public Optional<Double> optionalDouble(String field) {
        if (!has(field)) {
            return Optional.empty();
        }
        JsonNode value = node.get(field);
        if (!value.isNumber()) {
            throw invalid(field, "must be a number");
        }
        return Optional.of(value.asDouble());
    }

    /** A required array of objects, each read as a body of its own ({@code field[0].name} in its errors). */
    public List<JsonBody> requiredObjects(String field) {
        JsonNode value = required(field);
        if (!value.isArray()) {
            throw invalid(field, "must be an array of objects");
        }
        List<JsonBody> items = new java.util.ArrayList<>();
        for (int i = 0; i < value.size(); i++) {
            if (!value.get(i).isObject()) {
                throw invalid(field, "must be an array of objects");
            }
            items.add(new JsonBody(value.get(i), prefix + field + "[" + i + "]."));
        }
        return items;
    }

    /** A required exact decimal (a money amount), read without passing through a double. */
    public java.math.BigDecimal requiredDecimal(String field) {
        JsonNode value = required(field);
        if (!value.isNumber()) {
            throw invalid(field, "must be a number");
        }
        return value.decimalValue();
    }

    private JsonNode required(String field) {
        JsonNode value = node.path(field);
        if (value instanceof MissingNode || value.isNull()) {
            throw ApiError.badRequest(prefix + field + " is required");
        }
        return value;
    }

    private ApiError invalid(String field, String problem) {
        return ApiError.badRequest(prefix + field + " " + problem);
    }
}
