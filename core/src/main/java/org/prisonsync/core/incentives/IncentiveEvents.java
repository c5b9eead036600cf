package org.prisonsync.core.incentives;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.prisonsync.core.message.DomainEvent;
import org.prisonsync.core.message.Ids;
import org.prisonsync.core.message.InvalidMessageException;
import org.prisonsync.core.message.JsonFields;

/**
 * The strict reading of the incentives events' fields at the edge: the review id is a positive number in ASCII
 * digits, a prisoner number has NOMIS's shape, level codes and prison ids are short upper-case tokens (the incentives
 * API allows 3 to 6 characters for both), the reason is bounded. A field that fails is refused with its reason, and the
 * message dead-lettered at once.
 */
final class IncentiveEvents {
    /** Upstream's marker of a review first made in NOMIS (and migrated into DPS): not written back. */
    static final String USER_CREATED_NOMIS = "USER_CREATED_NOMIS";
    private static final Pattern CODE = Pattern.compile("[A-Z0-9]{3,6}");
    private static final int MAX_REASON = 40;

    private IncentiveEvents() {
    }

    static long reviewId(DomainEvent event) {
        // read from the event's own shape, so a refusal names the field as the message spells it
        return JsonFields.requireId(Map.of("additionalInformation", event.additionalInformation()),
                "additionalInformation.id");
    }

    /** {@code additionalInformation.nomsNumber}, else the event's person reference; may be absent. */
    static Optional<String> prisonerNumber(DomainEvent event) {
        Optional<String> noms = event.info("nomsNumber");
        if (noms.isPresent()) {
            return Optional.of(Ids.requirePrisonerNumber(noms.get(), "additionalInformation.nomsNumber"));
        }
        return event.prisonerNumber();
    }

    static Optional<String> reason(DomainEvent event) {
        return event.info("reason").map(r -> Ids.requireMaxLength(r, MAX_REASON, "additionalInformation.reason"));
    }

    static String levelCode(DomainEvent event) {
        return code(event, "incentiveLevel");
    }

    static String prisonId(DomainEvent event) {
        return code(event, "prisonId");
    }

    private static String code(DomainEvent event, String key) {
        String value = event.requireInfo(key);
        if (!CODE.matcher(value).matches()) {
            throw new InvalidMessageException("field 'additionalInformation." + key + "' is not a code (3 to 6 "
                    + "upper-case ASCII letters or digits): " + Ids.quote(value));
        }
        return value;
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
