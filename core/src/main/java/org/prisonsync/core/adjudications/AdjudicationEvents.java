package org.prisonsync.core.adjudications;

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
 * The strict reading of an adjudications event at the edge. {@code additionalInformation} carries upstream's fields
 * only ({@code chargeNumber}, {@code prisonId}, {@code prisonerNumber}, {@code hearingId}, {@code status}); anything
 * else is refused naming it. A charge number is ASCII digits with an optional {@code -<sequence>} (a migrated
 * charge), at most 20 characters; a prison id 1 to 6 ASCII capitals or digits; the prisoner has NOMIS's shape; a
 * hearing id is a positive number in ASCII digits. A message that fails is dead-lettered at once with the reason.
 */
public final class AdjudicationEvents {
    static final Set<String> FIELDS = Set.of("chargeNumber", "prisonId", "prisonerNumber", "hearingId", "status");
    static final int MAX_CHARGE_NUMBER = 20;
    static final int MAX_STATUS = 40;

    /** One event read: whose charge it is, where, and the hearing it names. */
    record Read(String chargeNumber, String prisonId, String prisonerNumber, Optional<Long> hearingId) {
        Map<String, String> properties() {
            Map<String, String> props = new LinkedHashMap<>();
            props.put("chargeNumber", chargeNumber);
            props.put("prisonId", prisonId);
            props.put("offenderNo", prisonerNumber);
            hearingId.ifPresent(id -> props.put("dpsHearingId", Long.toString(id)));
            return props;
        }

        long requireHearingId(String eventType) {
            return hearingId.orElseThrow(() -> new InvalidMessageException(
                    "missing field 'additionalInformation.hearingId' in " + eventType));
        }
    }

    private AdjudicationEvents() {
    }

    static Read read(DomainEvent event) {
        for (String field : event.additionalInformation().keySet()) {
            if (!FIELDS.contains(field)) {
                throw new InvalidMessageException("unknown field 'additionalInformation." + Ids.quote(field)
                        + "' in " + event.eventType() + "; it has " + String.join(", ", new TreeSet<>(FIELDS)));
            }
        }
        String chargeNumber = requireChargeNumber(event.requireInfo("chargeNumber"),
                "additionalInformation.chargeNumber");
        String prisonId = requirePrisonId(event.requireInfo("prisonId"), "additionalInformation.prisonId");
        String prisoner = event.requireInfoPrisoner("prisonerNumber");
        Optional<Long> hearingId = JsonFields.id(Map.of("additionalInformation", event.additionalInformation()),
                "additionalInformation.hearingId");
        event.info("status").ifPresent(s -> Ids.requireMaxLength(s, MAX_STATUS, "additionalInformation.status"));
        return new Read(chargeNumber, prisonId, prisoner, hearingId);
    }

    /** True for a DPS charge number: ASCII digits, optionally {@code -} and more digits, at most 20 characters. */
    public static boolean isChargeNumber(String text) {
        if (text == null || text.isEmpty() || text.length() > MAX_CHARGE_NUMBER) {
            return false;
        }
        int dash = text.indexOf('-');
        if (dash != text.lastIndexOf('-') || dash == 0 || dash == text.length() - 1) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (i != dash && (c < '0' || c > '9')) {
                return false;
            }
        }
        return true;
    }

    public static String requireChargeNumber(String text, String field) {
        if (!isChargeNumber(text)) {
            throw new InvalidMessageException("field '" + field + "' is not a charge number (ASCII digits, optionally"
                    + " '-' and a sequence, at most " + MAX_CHARGE_NUMBER + " characters): " + Ids.quote(text));
        }
        return text;
    }

    /** True for a NOMIS prison id: 1 to 6 ASCII capitals or digits. */
    public static boolean isPrisonId(String text) {
        if (text == null || text.isEmpty() || text.length() > 6) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))) {
                return false;
            }
        }
        return true;
    }

    static String requirePrisonId(String text, String field) {
        if (!isPrisonId(text)) {
            throw new InvalidMessageException("field '" + field + "' is not a prison id (1 to 6 ASCII capitals or"
                    + " digits): " + Ids.quote(text));
        }
        return text;
    }
}
