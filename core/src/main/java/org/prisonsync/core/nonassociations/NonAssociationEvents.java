package org.prisonsync.core.nonassociations;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.prisonsync.core.message.DomainEvent;
import org.prisonsync.core.message.Ids;
import org.prisonsync.core.message.InvalidMessageException;
import org.prisonsync.core.message.JsonFields;

/**
 * The strict reading of the non-associations events at the edge: {@code additionalInformation} carries only the
 * fields upstream sends (anything else is refused, naming it), the id is a positive number in ASCII digits, prisoner
 * numbers have NOMIS's shape, a booking id is positive, the merge reason is bounded. A message that fails is
 * dead-lettered at once with the reason.
 */
final class NonAssociationEvents {
    static final Set<String> ID_ONLY = Set.of("id");
    static final Set<String> MERGE_FIELDS = Set.of("nomsNumber", "removedNomsNumber", "bookingId", "reason");
    static final Set<String> MOVE_FIELDS = Set.of("movedFromNomsNumber", "movedToNomsNumber", "bookingId",
            "bookingStartDateTime");
    private static final int MAX_REASON = 40;

    private NonAssociationEvents() {
    }

    /** {@code additionalInformation.id}: the DPS non-association id. */
    static long id(DomainEvent event) {
        allowOnly(event, ID_ONLY);
        return JsonFields.requireId(Map.of("additionalInformation", event.additionalInformation()),
                "additionalInformation.id");
    }

    static Optional<Long> bookingId(DomainEvent event) {
        return JsonFields.id(Map.of("additionalInformation", event.additionalInformation()),
                "additionalInformation.bookingId");
    }

    static Optional<String> reason(DomainEvent event) {
        return event.info("reason").map(r -> Ids.requireMaxLength(r, MAX_REASON, "additionalInformation.reason"));
    }

    /** Refuses a field of {@code additionalInformation} that the event type does not have. */
    static void allowOnly(DomainEvent event, Set<String> fields) {
        for (String field : event.additionalInformation().keySet()) {
            if (!fields.contains(field)) {
                throw new InvalidMessageException("unknown field 'additionalInformation." + Ids.quote(field)
                        + "' in " + event.eventType() + "; it has " + String.join(", ", new TreeSet<>(fields)));
            }
        }
    }

    static Map<String, String> properties(Object... keysAndValues) {
        Map<String, String> props = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            if (keysAndValues[i + 1] != null) {
                props.put(String.valueOf(keysAndValues[i]), String.valueOf(keysAndValues[i + 1]));
            }
        }
        return props;
    }
}
