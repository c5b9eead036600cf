package org.prisonsync.sqs;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.prisonsync.core.message.Envelope;
import org.prisonsync.core.message.InternalMessage;
import org.prisonsync.core.message.Malformed;
import org.prisonsync.core.message.Notification;

/**
 * Turns SQS bodies into {@link Envelope}s and back. Bodies are SNS envelopes ({@code Type=Notification}, the event as
 * a JSON string in {@code Message}) or internal messages ({@code {"Type":…,"Message":"<json>"}}). Decoding never
 * throws: whatever cannot be read becomes {@link Malformed}, which the engine dead-letters at once.
 *
 * <p>JSON nulls are dropped from decoded maps because core's records copy maps with {@code Map.copyOf}, which refuses
 * null values; a field that is null reads the same as an absent one.
 */
final class JacksonEnvelopeCodec {

    static final String NOTIFICATION = "Notification";
    private static final int MAX_REASON_DETAIL = 200;

    private final ObjectMapper mapper;

    JacksonEnvelopeCodec() {
        this(new ObjectMapper());
    }

    JacksonEnvelopeCodec(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    Envelope decode(String body) {
        try {
            JsonNode root = parseObject(body);
            if (root == null) {
                return new Malformed("not JSON: expected an object, was " + abbreviate(body));
            }
            JsonNode type = root.get("Type");
            if (type == null || !type.isTextual() || type.asText().isBlank()) {
                return new Malformed("no Type");
            }
            if (NOTIFICATION.equals(type.asText())) {
                return notification(root);
            }
            return internal(type.asText(), root);
        } catch (JsonProcessingException e) {
            return new Malformed("not JSON: " + abbreviate(e.getOriginalMessage()));
        } catch (RuntimeException e) {
            // Defensive: nothing in a body may make the poller fail.
            return new Malformed("undecodable: " + abbreviate(String.valueOf(e.getMessage())));
        }
    }

    String encode(Envelope envelope) {
        ObjectNode root = mapper.createObjectNode();
        if (envelope instanceof Notification n) {
            root.put("Type", NOTIFICATION);
            root.put("MessageId", n.messageId());
            root.put("Message", write(n.message()));
            root.put("Timestamp", Instant.now().toString());
            ObjectNode eventType = root.putObject("MessageAttributes").putObject("eventType");
            eventType.put("Type", "String");
            eventType.put("Value", n.eventType());
        } else if (envelope instanceof InternalMessage m) {
            root.put("Type", m.type());
            root.put("Message", write(m.payload()));
        } else {
            throw new IllegalArgumentException("cannot send an undecodable message: " + envelope);
        }
        return write(root);
    }

    private Envelope notification(JsonNode root) {
        JsonNode message = root.get("Message");
        if (message == null || !message.isTextual()) {
            return new Malformed("Notification Message is not a JSON string");
        }
        JsonNode inner;
        try {
            inner = parseObject(message.asText());
        } catch (JsonProcessingException e) {
            return new Malformed("Notification Message is not JSON: " + abbreviate(e.getOriginalMessage()));
        }
        if (inner == null) {
            return new Malformed("Notification Message is not a JSON object: " + abbreviate(message.asText()));
        }
        String eventType = text(inner.get("eventType"));
        if (eventType == null) {
            eventType = text(root.path("MessageAttributes").path("eventType").get("Value"));
        }
        if (eventType == null) {
            return new Malformed("no eventType");
        }
        return new Notification(text(root.get("MessageId")), eventType, toMap(inner));
    }

    private Envelope internal(String type, JsonNode root) {
        JsonNode message = root.get("Message");
        JsonNode payload;
        try {
            payload = message != null && message.isTextual() ? parseObject(message.asText()) : message;
        } catch (JsonProcessingException e) {
            return new Malformed(type + " Message is not JSON: " + abbreviate(e.getOriginalMessage()));
        }
        if (payload == null || !payload.isObject()) {
            return new Malformed(type + " Message is not a JSON object");
        }
        return new InternalMessage(type, toMap(payload));
    }

    /** The object in {@code json}, or null when it is valid JSON but not an object. */
    private JsonNode parseObject(String json) throws JsonProcessingException {
        if (json == null) {
            return null;
        }
        JsonNode node = mapper.readTree(json);
        return node != null && node.isObject() ? node : null;
    }

    private static String text(JsonNode node) {
        return node != null && node.isValueNode() && !node.isNull() && !node.asText().isBlank() ? node.asText() : null;
    }

    private static Map<String, Object> toMap(JsonNode object) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> field : object.properties()) {
            Object value = toJava(field.getValue());
            if (value != null) {
                map.put(field.getKey(), value);
            }
        }
        return map;
    }

    private static Object toJava(JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return null;
        }
        if (node.isObject()) {
            return toMap(node);
        }
        if (node.isArray()) {
            List<Object> list = new ArrayList<>(node.size());
            node.forEach(element -> list.add(toJava(element)));
            return list;
        }
        if (node.isNumber()) {
            return node.numberValue();
        }
        if (node.isBoolean()) {
            return node.booleanValue();
        }
        return node.asText();
    }

    private String write(Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot write message as JSON: " + e.getOriginalMessage(), e);
        }
    }

    private static String abbreviate(String text) {
        if (text == null) {
            return "null";
        }
        return text.length() <= MAX_REASON_DETAIL ? text : text.substring(0, MAX_REASON_DETAIL) + "…";
    }
}
