package org.prisonsync.service.web;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.type.LogicalType;
import io.javalin.http.Context;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The one way the service reads a request body: JSON (content type JSON or none; anything else is 415), a JSON
 * object where one is expected, no unknown fields, no coercion between types ({@code "isOpen":"maybe"}, a list for a
 * string, a number for a string), no duplicate keys, no trailing data, at most {@value #MAX_DEPTH} levels deep and,
 * through the server's limit, at most {@link WebServer#MAX_BODY_BYTES} bytes. Jackson enforces each rule; this class
 * turns its refusals into a 400 that names the field and shows none of Jackson's own words.
 */
final class JsonBodies {
    static final int MAX_DEPTH = 20;
    private static final Pattern DUPLICATE = Pattern.compile("Duplicate field '([^']*)'");

    private final ObjectMapper strict;

    JsonBodies(ObjectMapper base) {
        this.strict = base.copy()
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .disable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
                .disable(DeserializationFeature.UNWRAP_SINGLE_VALUE_ARRAYS);
        strict.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
                .maxNestingDepth(MAX_DEPTH).build());
        strict.enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION.mappedFeature());
        // Scalars stay what they are: no number or boolean read as a string, no string read as a boolean or number.
        strict.coercionConfigFor(LogicalType.Textual)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        strict.coercionConfigFor(LogicalType.Boolean)
                .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail);
        strict.coercionConfigFor(LogicalType.Integer)
                .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail);
        strict.coercionConfigFor(LogicalType.Float).setCoercion(CoercionInputShape.String, CoercionAction.Fail);
        strict.coercionConfigDefaults().setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail);
    }

    /** The body as a JSON object's values (a migration filter, whose fields its migration type checks). */
    @SuppressWarnings("unchecked")
    Map<String, Object> object(Context ctx) {
        return bind(tree(ctx), Map.class);
    }

    /** The body bound to {@code type}, a record whose compact constructor checks what Jackson cannot. */
    <T> T read(Context ctx, Class<T> type) {
        return bind(tree(ctx), type);
    }

    /** Refuses a body on an endpoint that takes none (a {@code {"dryRun":true}} there would be ignored). */
    static void none(Context ctx) {
        if (ctx.bodyAsBytes().length > 0) {
            throw ClientError.badRequest("this endpoint takes no body; its options are query parameters");
        }
    }

    private JsonNode tree(Context ctx) {
        requireJsonContentType(ctx.contentType());
        byte[] body = ctx.bodyAsBytes();
        if (new String(body, StandardCharsets.UTF_8).isBlank()) {
            throw ClientError.badRequest("a JSON object body is required");
        }
        JsonNode node;
        try {
            node = strict.readTree(body);
        } catch (StreamConstraintsException e) {
            throw ClientError.badRequest(e.getMessage() != null && e.getMessage().contains("nesting")
                    ? "the body nests deeper than " + MAX_DEPTH + " levels"
                    : "the body has a number or string longer than the service reads");
        } catch (JsonParseException e) {
            Matcher duplicate = DUPLICATE.matcher(String.valueOf(e.getOriginalMessage()));
            throw ClientError.badRequest(duplicate.find() ? "field '" + duplicate.group(1) + "' appears twice"
                    : "the body is not valid JSON (line " + e.getLocation().getLineNr() + ", column "
                    + e.getLocation().getColumnNr() + ")");
        } catch (MismatchedInputException e) {
            throw ClientError.badRequest("the body must be one JSON object with nothing after it");
        } catch (IOException e) {
            throw ClientError.badRequest("the body is not valid JSON");
        }
        if (!node.isObject()) {
            throw ClientError.badRequest("the body must be a JSON object, not " + kind(node));
        }
        return node;
    }

    private <T> T bind(JsonNode node, Class<T> type) {
        try {
            return strict.treeToValue(node, type);
        } catch (UnrecognizedPropertyException e) {
            Collection<Object> known = e.getKnownPropertyIds();
            throw ClientError.badRequest("unknown field '" + e.getPropertyName() + "'"
                    + (known == null || known.isEmpty() ? "" : "; the body takes " + known.stream()
                    .map(String::valueOf).sorted().collect(Collectors.joining(", "))));
        } catch (ValueInstantiationException e) {
            Throwable cause = e.getCause();
            throw ClientError.badRequest(cause instanceof IllegalArgumentException && cause.getMessage() != null
                    ? cause.getMessage() : "the body's fields do not fit together");
        } catch (MismatchedInputException e) {
            String field = path(e);
            throw ClientError.badRequest(field.isEmpty() ? "the body must be a JSON object"
                    : "field '" + field + "' must be " + expected(e.getTargetType()));
        } catch (JsonMappingException e) {
            String field = path(e);
            throw ClientError.badRequest(field.isEmpty() ? "the body could not be read"
                    : "field '" + field + "' could not be read");
        } catch (JsonProcessingException e) {
            throw ClientError.badRequest("the body could not be read");
        }
    }

    private static void requireJsonContentType(String contentType) {
        if (contentType == null || contentType.isBlank()) {
            return;
        }
        String media = contentType.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
        if (!media.equals("application/json") && !media.endsWith("+json")) {
            throw new ClientError(415, "the body must be JSON (Content-Type: application/json), not " + media);
        }
    }

    private static String path(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                path.append(path.length() == 0 ? "" : ".").append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static String expected(Class<?> type) {
        if (type == null) {
            return "of another type";
        }
        if (type == String.class) {
            return "a string";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (Number.class.isAssignableFrom(type) || type.isPrimitive()) {
            return "a number";
        }
        if (Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "a list";
        }
        return "an object";
    }

    private static String kind(JsonNode node) {
        if (node == null || node.isMissingNode() || node.isNull()) {
            return "null";
        }
        if (node.isArray()) {
            return "an array";
        }
        return node.isTextual() ? "a string" : node.isBoolean() ? "a boolean" : "a number";
    }
}
