package org.prisonsync.sqs;

import java.util.LinkedHashMap;
import java.util.Map;
import org.prisonsync.core.message.Ids;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.MessageAttributeValue;
import software.amazon.awssdk.services.sqs.model.MessageSystemAttributeName;

/** Conversions between core's string attributes and SQS message attributes. */
final class SqsMessageAttributes {

    /** The attribute naming the queue a dead-lettered message came from. */
    static final String FAILED_QUEUE = "failedQueue";
    /** SQS limits message attributes to 256 KiB with the body; reasons are kept short. */
    static final int MAX_REASON_LENGTH = 1000;

    private SqsMessageAttributes() {
    }

    static MessageAttributeValue string(String value) {
        return MessageAttributeValue.builder().dataType("String").stringValue(value).build();
    }

    static Map<String, MessageAttributeValue> strings(Map<String, String> attributes) {
        Map<String, MessageAttributeValue> values = new LinkedHashMap<>();
        attributes.forEach((name, value) -> {
            // SQS rejects empty attribute values.
            if (value != null && !value.isEmpty()) {
                values.put(name, string(value));
            }
        });
        return values;
    }

    /** The string-valued attributes of a received message (binary ones are left out). */
    static Map<String, String> stringsOf(Message message) {
        Map<String, String> strings = new LinkedHashMap<>();
        message.messageAttributes().forEach((name, value) -> {
            if (value.stringValue() != null) {
                strings.put(name, value.stringValue());
            }
        });
        return strings;
    }

    /** SQS's {@code ApproximateReceiveCount}: 1 on first delivery. */
    static int receiveCount(Message message) {
        String count = message.attributes().get(MessageSystemAttributeName.APPROXIMATE_RECEIVE_COUNT);
        return Ids.parsePositiveInt(count).orElse(1);
    }

    static String truncate(String reason) {
        if (reason == null || reason.isBlank()) {
            return "(no reason given)";
        }
        return reason.length() <= MAX_REASON_LENGTH ? reason : reason.substring(0, MAX_REASON_LENGTH);
    }

    /** Whole seconds, rounded up so that a delay is never shorter than asked, within {@code [0, max]}. */
    static int seconds(java.time.Duration delay, int max) {
        if (delay == null || delay.isNegative() || delay.isZero()) {
            return 0;
        }
        long seconds = delay.getSeconds() + (delay.getNano() > 0 ? 1 : 0);
        return (int) Math.min(seconds, max);
    }
}
