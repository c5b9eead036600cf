package org.prisonsync.core.courtsentencing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.prisonsync.core.message.DomainEvent;
import org.prisonsync.core.message.Ids;
import org.prisonsync.core.message.InvalidMessageException;

/**
 * The strict reading of a court sentencing event at the edge. {@code additionalInformation} carries upstream's
 * fields only; each DPS id is a uuid (36 characters, lower- or upper-case hex in 8-4-4-4-12); the prisoner comes
 * from {@code personReference} and has NOMIS's shape; {@code source} is {@code DPS} or {@code NOMIS}. A message that
 * fails is dead-lettered at once with the reason.
 */
public final class CourtSentencingEvents {
    static final Set<String> UUID_FIELDS = Set.of("courtCaseId", "courtAppearanceId", "courtChargeId", "sentenceId",
            "periodLengthId", "recallId");
    static final Set<String> FIELDS = Set.of("courtCaseId", "courtAppearanceId", "courtChargeId", "sentenceId",
            "periodLengthId", "recallId", "sentenceIds", "isOnFutureCourtAppearance", "source",
            "previousSentenceIds");

    /** One event read: whose it is, whether NOMIS made it, and its DPS ids by field. */
    record Read(String eventType, String prisonerNumber, boolean fromNomis, Map<String, String> ids,
                List<String> sentenceIds) {

        String require(String field) {
            String id = ids.get(field);
            if (id == null) {
                throw new InvalidMessageException("missing field 'additionalInformation." + field + "' in "
                        + eventType);
            }
            return id;
        }

        Map<String, String> properties() {
            Map<String, String> props = new LinkedHashMap<>();
            props.put("offenderNo", prisonerNumber);
            ids.forEach((field, id) -> props.put("dps" + Character.toUpperCase(field.charAt(0))
                    + field.substring(1), id));
            return props;
        }
    }

    private CourtSentencingEvents() {
    }

    static Read read(DomainEvent event, String... required) {
        Map<String, Object> info = event.additionalInformation();
        for (String field : info.keySet()) {
            if (!FIELDS.contains(field)) {
                throw new InvalidMessageException("unknown field 'additionalInformation." + Ids.quote(field)
                        + "' in " + event.eventType() + "; it has " + String.join(", ", new TreeSet<>(FIELDS)));
            }
        }
        String source = event.info("source").orElse("DPS");
        if (!source.equals("DPS") && !source.equals("NOMIS")) {
            throw new InvalidMessageException("field 'additionalInformation.source' is neither DPS nor NOMIS: "
                    + Ids.quote(source));
        }
        String prisoner = event.requirePrisonerNumber();
        Map<String, String> ids = new LinkedHashMap<>();
        for (String field : UUID_FIELDS) {
            event.info(field).ifPresent(id -> ids.put(field, requireUuid(id, "additionalInformation." + field)));
        }
        List<String> sentenceIds = new ArrayList<>();
        Object list = info.get("sentenceIds");
        if (list != null) {
            if (!(list instanceof List<?> items)) {
                throw new InvalidMessageException("field 'additionalInformation.sentenceIds' is not a list");
            }
            for (Object item : items) {
                sentenceIds.add(requireUuid(item == null ? null : String.valueOf(item),
                        "additionalInformation.sentenceIds[]"));
            }
        }
        Read read = new Read(event.eventType(), prisoner, source.equals("NOMIS"), orderedIds(ids),
                List.copyOf(sentenceIds));
        for (String field : required) {
            read.require(field);
        }
        return read;
    }

    private static Map<String, String> orderedIds(Map<String, String> ids) {
        Map<String, String> ordered = new LinkedHashMap<>();
        for (String field : List.of("courtCaseId", "courtAppearanceId", "courtChargeId", "sentenceId",
                "periodLengthId", "recallId")) {
            if (ids.containsKey(field)) {
                ordered.put(field, ids.get(field));
            }
        }
        return ordered;
    }

    /** True for a DPS uuid: 8-4-4-4-12 ASCII hex digits. */
    public static boolean isUuid(String text) {
        if (text == null || text.length() != 36) {
            return false;
        }
        for (int i = 0; i < 36; i++) {
            char c = text.charAt(i);
            boolean dash = i == 8 || i == 13 || i == 18 || i == 23;
            boolean hex = (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
            if (dash ? c != '-' : !hex) {
                return false;
            }
        }
        return true;
    }

    public static String requireUuid(String text, String field) {
        if (!isUuid(text)) {
            throw new InvalidMessageException("field '" + field + "' is not a DPS uuid (8-4-4-4-12 hex digits): "
                    + Ids.quote(text));
        }
        return text;
    }
}
